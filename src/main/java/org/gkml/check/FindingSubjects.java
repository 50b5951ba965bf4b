package org.gkml.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gkml.load.LoadedFile;
import org.gkml.load.PlaceName;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.ColumnHeaders;
import org.gkml.model.Document;
import org.gkml.model.Finding;
import org.gkml.model.Overlay;
import org.gkml.model.Revision;
import org.gkml.model.Suggestion;

/**
 * What a finding is about, in words that survive edits elsewhere in its file: its JSON pointer with
 * the position of an entry of {@code items}, {@code add}, {@code modify} or {@code remove} replaced
 * by that entry's id, and the position of a text in a list inside it replaced by {@code =} and that
 * text ({@code /items/3/channels/1} becomes {@code items/AQSC-004/channels/=门户网站}); a revision
 * (newest first, so a new one moves the others down) is named by its version ({@code
 * revisions/1.2/date}). Line numbers and positions change when an item is inserted above or a
 * channel before; ids and texts do not. A place that no pointer names is about what its location
 * says ({@link org.gkml.model.Loc#about()}: {@code =} and the text of its line from where it
 * points, or a register row's {@code row/CODE}); a finding about a whole file, of which a rule has
 * at most one per file, has the empty subject. Baselines and SARIF fingerprints match findings by
 * rule, file and this subject.
 *
 * <p>Only reports that need it build one (SARIF, baselines); the default path pays nothing.
 */
public final class FindingSubjects implements Function<Finding, String> {
  private static final List<String> ENTRY_LISTS = PlaceName.ENTRY_LISTS;
  private static final String REVISIONS = "revisions";

  private final TreeLoader.Result loaded;
  private Map<String, LoadedFile> byFile;

  FindingSubjects(TreeLoader.Result loaded) {
    this.loaded = loaded;
  }

  @Override
  public String apply(Finding f) {
    String pointer = f.loc().pointer();
    if (pointer.isEmpty()) {
      // a place in the text (the line's text, a register row) or the whole file (one a rule)
      String about = f.loc().about();
      return about == null ? "" : about;
    }
    String[] segments = pointer.split("/", -1);
    StringBuilder subject = new StringBuilder();
    int end = 0; // where segment i ends in the pointer
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      end += 1 + segment.length();
      if (i > 1) {
        subject.append('/');
      }
      boolean entry =
          i == 2 && (ENTRY_LISTS.contains(segments[1]) || segments[1].equals(REVISIONS));
      if (!isIndex(segment)) {
        subject.append(segment);
      } else if (entry) {
        int index = Integer.parseInt(segment);
        String file = f.loc().file().display();
        String id = idOf(file, segments[1], index);
        subject.append(id == null ? unnamed(file, segments[1], index) : escape(id));
      } else {
        // a text in a list, by itself; a position that is not a text stays a position
        Optional<String> text = f.loc().file().scalar(pointer.substring(0, end));
        subject.append(text.isPresent() ? "=" + escape(text.get()) : segment);
      }
    }
    return subject.toString();
  }

  private String idOf(String file, String list, int index) {
    LoadedFile loadedFile = files().get(file);
    if (loadedFile == null) {
      return null;
    }
    Document document = loadedFile.document();
    if (list.equals(REVISIONS)) {
      List<Revision> revisions =
          document instanceof Catalog c
              ? c.revisions()
              : document instanceof Overlay o ? o.revisions() : null;
      if (revisions != null) {
        return index < revisions.size() ? revisions.get(index).version() : null;
      }
    }
    if (document instanceof Catalog c && list.equals("items") && index < c.items().size()) {
      return c.items().get(index).id();
    }
    if (document instanceof Overlay o) {
      switch (list) {
        case "add":
          return index < o.adds().size() ? o.adds().get(index).id() : null;
        case "modify":
          return index < o.modifies().size() ? o.modifies().get(index).id() : null;
        case "remove":
          return index < o.removes().size() ? o.removes().get(index).id() : null;
        default:
          return null;
      }
    }
    // a file without a document (it broke the schema) still has its tree
    JsonNode tree = loadedFile.tree();
    if (tree != null) {
      JsonNode id = tree.path(list).path(index).path(list.equals(REVISIONS) ? "version" : "id");
      return id.isTextual() ? id.asText() : null;
    }
    return null;
  }

  /**
   * An entry without its id (or a revision without its version), by something of its own that an
   * entry inserted above leaves as it is: the value of a key that is a slip for the id ({@code
   * #idd=AQSC-002}, {@code #ID=…}, {@code #编号=…}), else its own text ({@code #content=…}, a
   * removal's {@code #reason=…}, a revision's {@code #summary=…}), else a digest of the whole entry
   * ({@code #sha256=…}, which any edit of the entry changes); its position ({@code #3}, what gkml
   * 0.1 wrote for all of them, see {@link #positional}) only when the file's tree is gone.
   */
  private String unnamed(String file, String list, int index) {
    LoadedFile loadedFile = files().get(file);
    JsonNode entry =
        loadedFile == null || loadedFile.tree() == null
            ? null
            : loadedFile.tree().path(list).get(index);
    if (entry == null) {
      return "#" + index;
    }
    String name = list.equals(REVISIONS) ? "version" : "id";
    if (entry.isObject()) {
      for (Map.Entry<String, JsonNode> field : entry.properties()) {
        String key = field.getKey();
        if (!key.equals(name) && isText(field.getValue()) && slipFor(key, name)) {
          return "#" + escape(key) + "=" + escape(field.getValue().asText());
        }
      }
      String own = OWN_TEXT.get(list);
      if (own != null && isText(entry.get(own))) {
        return "#" + own + "=" + escape(entry.get(own).asText());
      }
    }
    return "#sha256=" + digest(entry.toString());
  }

  /**
   * The subject gkml 0.1 gave {@code f}, when it differs from {@code subject} (what {@link #apply}
   * gives now): an entry without an id was named by its position ({@code items/#1/idd}). A baseline
   * written then still matches where it did.
   */
  public static Optional<String> positional(Finding f, String subject) {
    String[] pointer = f.loc().pointer().split("/", -1);
    if (pointer.length < 3
        || !(ENTRY_LISTS.contains(pointer[1]) || pointer[1].equals(REVISIONS))
        || !isIndex(pointer[2])) {
      return Optional.empty();
    }
    String[] segments = subject.split("/", -1);
    String old = "#" + Integer.parseInt(pointer[2]);
    if (segments.length < 2 || !segments[1].startsWith("#") || segments[1].equals(old)) {
      return Optional.empty();
    }
    segments[1] = old;
    return Optional.of(String.join("/", segments));
  }

  /** The key an entry's own text is under, by list: what tells entries apart for a reader. */
  private static final Map<String, String> OWN_TEXT =
      Map.of(
          "items", "content", "add", "content", "modify", "content", "remove", "reason", REVISIONS,
          "summary");

  private static boolean isText(JsonNode value) {
    return value != null && value.isTextual() && !value.asText().isBlank();
  }

  /**
   * Whether {@code key} is a slip for {@code name}: the same rule as the schema findings' "did you
   * mean" ({@code idd}, {@code ID}), or the table's column header for it ({@code 编号}).
   */
  private static boolean slipFor(String key, String name) {
    return Suggestion.closest(key, List.of(name)).isPresent()
        || ColumnHeaders.keyOf(key).filter(name::equals).isPresent();
  }

  /** A short digest of an entry's text, enough to tell the entries of one file apart. */
  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private synchronized Map<String, LoadedFile> files() {
    if (byFile == null) {
      byFile = new HashMap<>();
      for (LoadedFile f : loaded.files()) {
        byFile.put(f.file().display(), f);
      }
    }
    return byFile;
  }

  /** A text as one segment of a subject, escaped as in a JSON pointer. */
  private static String escape(String text) {
    return text.replace("~", "~0").replace("/", "~1");
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
