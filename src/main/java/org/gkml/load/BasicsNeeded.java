package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which basic catalogues a check of a few named overlays can depend on, so that checking one
 * village's overlay does not read, validate and check all of a province's basic catalogues (most of
 * a one-file validate's work).
 *
 * <p>An overlay's findings depend on a basic catalogue {@code B} only through its domain (the
 * overlay's own basic catalogue: resolution, GK303, GK403, a broken basic catalogue found by domain
 * or by file slug) and through item ids (GK101: an id the overlay adds that {@code B} has too). The
 * findings of {@code B} itself are reported only when {@code B} is the broken basic catalogue of
 * the overlay's domain or slug. A document of another kind misplaced in {@code basic/} counts as
 * what it says: a {@code kind: config} would be the tree's config, a {@code kind: overlay} a region
 * of the tree (GK307 judges a code by the province most regions share). So {@code B} is left unread
 * when its file has another slug, its text contains no id the overlay adds nor the words config and
 * overlay, and its domain is another: either its text does not contain the overlay's domain at all,
 * or its tree (read as the loader reads it) says another. A YAML scalar whose value is a text
 * without spaces, quotes or backslashes has that text verbatim in the file (plain, quoted, block or
 * anchored) unless it is written with an escape, so a file with a backslash is read as well. When
 * no basic catalogue's text has the overlay's domain (a misspelt domain), all are read: every
 * domain may be a suggestion.
 *
 * <p>The overlays above a named one that the scope reads (its ancestors of the same file name)
 * count through their domain too: a parent whose domain has no basic catalogue is not applied, and
 * its child is reported as not checked against it, with the parent's GK303 as the cause
 * (BrokenFiles). So a parent's domain is looked for like a named overlay's, lest a parent of
 * another domain whose basic catalogue was left unread look misspelt. Whenever a named overlay
 * cannot be read here, or a value is one this reasoning does not cover, every basic catalogue is
 * read, as for any other scope: the result is the same either way, only the work differs.
 */
final class BasicsNeeded {
  /** More named files than this: not a quick check, and reading them twice would cost more. */
  static final int MAX_NAMED = 16;

  /** A named overlay larger than this is not read twice (no real overlay comes near it). */
  static final long MAX_OVERLAY_BYTES = 256 << 10;

  private final Set<String> slugs;
  private final Set<String> domains;
  private final Set<String> ids;
  private final String idsPrefix; // bytewise: the longest start all ids share

  private BasicsNeeded(Set<String> slugs, Set<String> domains, Set<String> ids) {
    this.slugs = slugs;
    this.domains = domains;
    this.ids = ids;
    this.idsPrefix = bytewise(commonPrefix(ids));
  }

  /**
   * The listing of the basic catalogues ({@code basics}) cut down to those the check of {@code
   * named} can depend on; {@code basics} itself unless every named file is a readable overlay below
   * {@code regions} (at most {@link #MAX_NAMED} of them) and every one of {@code parents} (the
   * overlays above them that the scope reads) is a readable overlay.
   */
  static YamlWalk.Listing of(
      Path regions, Collection<Path> named, Collection<Path> parents, YamlWalk.Listing basics) {
    BasicsNeeded needed = of(regions, named, parents);
    if (needed == null) {
      return basics;
    }
    List<Path> files = new ArrayList<>();
    List<BasicFileAttributes> attributes = new ArrayList<>();
    Set<String> found = new HashSet<>();
    for (int i = 0; i < basics.files().size(); i++) {
      Path f = basics.files().get(i);
      if (needed.mayMatter(f, found)) {
        files.add(f);
        if (!basics.attributes().isEmpty()) {
          attributes.add(basics.attributes().get(i));
        }
      }
    }
    if (!found.containsAll(needed.domains)) {
      return basics; // a domain no basic catalogue has: the nearest is a suggestion
    }
    return new YamlWalk.Listing(files, basics.skipped(), attributes);
  }

  /** What the named overlays' checks look for in a basic catalogue, or null: read them all. */
  private static BasicsNeeded of(Path regions, Collection<Path> named, Collection<Path> parents) {
    if (named.isEmpty() || named.size() > MAX_NAMED) {
      return null;
    }
    Set<String> slugs = new HashSet<>();
    Set<String> domains = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Path p : named) {
      if (!p.startsWith(regions) || !collect(p, domains, ids)) {
        return null;
      }
      slugs.add(slug(p));
    }
    for (Path p : parents) {
      // only the domain: a parent's added ids and other findings are not the named files'
      if (!collect(p, domains, null)) {
        return null;
      }
    }
    return new BasicsNeeded(slugs, domains, ids);
  }

  /**
   * Adds the overlay's domain and added ids (its domain alone when {@code ids} is null); false when
   * the file cannot be read here or holds a value this class cannot look for as plain text.
   */
  private static boolean collect(Path overlay, Set<String> domains, Set<String> ids) {
    JsonNode tree;
    try {
      if (!Files.isRegularFile(overlay, LinkOption.NOFOLLOW_LINKS)
          || Files.size(overlay) > MAX_OVERLAY_BYTES) {
        return false;
      }
      tree = FileLoader.reread(BoundedInput.read(overlay, MAX_OVERLAY_BYTES));
    } catch (IOException | RuntimeException e) {
      return false; // the check reads it again and reports what is wrong
    }
    if (tree == null || !tree.isObject() || !plain(tree.get("domain"), domains)) {
      return false;
    }
    JsonNode add = tree.get("add");
    if (ids == null || add == null || add.isNull()) {
      return true;
    }
    if (!add.isArray()) {
      return false;
    }
    for (JsonNode item : add) {
      if (!item.isObject() || !plain(item.get("id"), ids)) {
        return false;
      }
    }
    return true;
  }

  /** Adds a text value that appears verbatim in any file that has it; false for any other. */
  private static boolean plain(JsonNode value, Set<String> into) {
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      return false;
    }
    String text = value.asText();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // a space or line break may be folded, a quote doubled, a backslash an escape
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\'' || c == '"') {
        return false;
      }
    }
    into.add(text);
    return true;
  }

  /**
   * Whether the named overlays' findings may depend on the basic catalogue {@code file}; adds to
   * {@code found} the overlays' domains its text has.
   */
  private boolean mayMatter(Path file, Set<String> found) {
    byte[] bytes;
    try {
      bytes = BoundedInput.read(file);
    } catch (IOException | RuntimeException e) {
      return true; // the check reads it and reports why it cannot
    }
    // searched as bytes, each one a character: UTF-8 is self-synchronising, so a text's encoding
    // occurs in a file's bytes where the text occurs in its characters; and this costs a copy, not
    // the decoding of a province's basic catalogues (a good part of what is saved, in a cold JVM)
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    List<String> named = new ArrayList<>();
    for (String domain : domains) {
      if (raw.contains(bytewise(domain))) {
        named.add(domain);
      }
    }
    found.addAll(named);
    if (slugs.contains(slug(file))
        || raw.indexOf('\\') >= 0
        || raw.contains(DocumentKind.CONFIG.word())
        || raw.contains(DocumentKind.OVERLAY.word())) {
      return true;
    }
    // added ids share their region's code: a file without that part has none of them
    if (idsPrefix.isEmpty() || raw.contains(idsPrefix)) {
      for (String id : ids) {
        if (raw.contains(bytewise(id))) {
          return true;
        }
      }
    }
    return !named.isEmpty() && declares(bytes, named);
  }

  private static String commonPrefix(Set<String> texts) {
    String prefix = null;
    for (String t : texts) {
      int n = 0;
      while (prefix != null
          && n < Math.min(prefix.length(), t.length())
          && prefix.charAt(n) == t.charAt(n)) {
        n++;
      }
      prefix = prefix == null ? t : prefix.substring(0, n);
    }
    // cut before a lone high surrogate: a prefix must be whole characters to be encoded
    if (prefix != null
        && !prefix.isEmpty()
        && Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return prefix == null ? "" : prefix;
  }

  /** The UTF-8 bytes of {@code text}, each as one character (see {@link #mayMatter}). */
  private static String bytewise(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /**
   * Whether the file, read as the loader reads it, is not a document whose domain is none of {@code
   * domains} (a law named after a domain is cited in other domains' items).
   */
  private static boolean declares(byte[] bytes, List<String> domains) {
    JsonNode tree;
    try {
      if (!(TextDecoder.decode(bytes) instanceof TextDecoder.Decoded.Text t)) {
        return false; // not UTF-8: unreadable, with no domain; it matters by its slug only
      }
      tree = YamlTreeBuilder.build(t.text(), FileLoader.settings(t.text().length() + 1)).root();
    } catch (RuntimeException e) {
      return true;
    }
    if (tree == null || !tree.isObject()) {
      return true; // broken: the check reports it, and what depends on it
    }
    JsonNode domain = tree.get("domain");
    return domain == null || !domain.isValueNode() || domains.contains(domain.asText());
  }

  private static String slug(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
