package org.gkml.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gkml.load.LoadedFile;
import org.gkml.load.PlaceName;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.Document;
import org.gkml.model.Finding;
import org.gkml.model.Overlay;
import org.gkml.model.Revision;

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
        String id = idOf(f.loc().file().display(), segments[1], index);
        subject.append(id == null ? "#" + index : escape(id));
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
