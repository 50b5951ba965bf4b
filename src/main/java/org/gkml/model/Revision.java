package org.gkml.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a document's revision record (修订记录, FORMAT.md 1.1): which version, when, why (the
 * trigger from a closed list), what changed in a sentence (修订说明), and who approved it. {@code date}
 * is {@code YYYY-MM-DD} text; {@code approved} may be null.
 */
public record Revision(
    String version, String date, String trigger, String summary, String approved, Loc loc) {

  /** The triggers of FORMAT.md 1.1, in the order documents list them. */
  public static final List<String> TRIGGERS = List.of("法律法规变化", "职能调整", "上级目录调整", "公众关注", "其他");

  public Revision {
    Objects.requireNonNull(version, "version");
  }
}
