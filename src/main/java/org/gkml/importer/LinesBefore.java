package org.gkml.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of text printed before a table that are read as its title lines: the last few (a
 * heading, an 附件 line), and the issuer field printed above them however far back ({@code
 * 发布机构:应急管理局} in the list of an article's facts a government site prints over it, often longer than
 * the few lines kept). The issuer so printed holds for every table below it until another is
 * printed, as the facts of the article do.
 */
final class LinesBefore {
  private final int kept;
  private final List<String> last = new ArrayList<>();
  private String issuer;

  /** Keeping the last {@code kept} lines. */
  LinesBefore(int kept) {
    this.kept = kept;
  }

  private LinesBefore(LinesBefore other) {
    this.kept = other.kept;
    this.last.addAll(other.last);
    this.issuer = other.issuer;
  }

  void add(String line) {
    last.add(line);
    if (last.size() > kept) {
      last.remove(0);
    }
    boolean field = line.indexOf(':') >= 0 || line.indexOf('：') >= 0;
    if (field && new TitleFacts(List.of(line)).issuer().isPresent()) {
      issuer = line;
    }
  }

  /** The lines farthest first: the issuer line where it is no longer among the last ones. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    if (issuer != null && !last.contains(issuer)) {
      out.add(issuer);
    }
    out.addAll(last);
    return out;
  }

  /** After a table: its heading titles it, not the next one too; the issuer holds on. */
  void tableRead() {
    last.clear();
  }

  LinesBefore copy() {
    return new LinesBefore(this);
  }
}
