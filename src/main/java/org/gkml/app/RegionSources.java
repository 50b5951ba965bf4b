package org.gkml.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gkml.fmt.SameContent;
import org.gkml.load.BoundedInput;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;

/**
 * What a region's table of one domain is made from, as a short digest: the domain's basic catalogue
 * and the overlays of that domain of every region on the chain down to the region, its own
 * included. {@code export xlsx --region} records it in the workbook's hidden sheet; {@code import
 * --region} compares it with the tree as it is now, as a workbook exported before someone changed
 * one of these files would, imported, silently undo the change (staff review 9).
 *
 * <p>Each file counts by the data it holds as gkml reads it ({@link SameContent#data}): comments,
 * layout and key order do not, so neither a comment added nor {@code gkml fmt} makes a workbook
 * stale; its place in the chain counts (basic, or the region's code), not its path.
 *
 * <p>A digest names the region and has two halves, {@code code:inherited:own}: what the region
 * inherits (the basic catalogue and the overlays above) and the region's own overlays. The own half
 * changes when the workbook itself is imported into the tree, and importing the same workbook again
 * (after more edits) must not be refused for that: the overlay such an import writes carries a
 * {@link #MARKER} line with the workbook's digest, the own half of what it wrote and the workbook's
 * name, and an own overlay that still holds exactly that counts as unchanged for a workbook of the
 * same export and name.
 */
public final class RegionSources {
  private RegionSources() {}

  /** The comment line an import into the tree writes in each overlay it writes. */
  static final String MARKER = "# gkml import-sources: ";

  /** The digest of each domain of the tree's basic catalogues for {@code region}, by domain. */
  public static Map<String, String> of(CatalogTree tree, RegionCode region) {
    Set<RegionCode> chain = Set.copyOf(region.chain());
    Map<String, List<Catalog>> basics = new LinkedHashMap<>();
    for (Catalog b : tree.basics()) {
      basics.computeIfAbsent(b.domain(), d -> new ArrayList<>()).add(b);
    }
    Map<String, List<Overlay>> overlays =
        tree.overlays().stream()
            .filter(o -> chain.contains(o.region().code()))
            .collect(Collectors.groupingBy(Overlay::domain));
    Map<String, String> out = new LinkedHashMap<>();
    basics.forEach(
        (domain, catalogs) -> {
          MessageDigest inherited = sha256();
          MessageDigest own = sha256();
          for (Catalog c : catalogs) {
            add(inherited, "basic", read(c.file().path()));
          }
          List<Overlay> chained = new ArrayList<>(overlays.getOrDefault(domain, List.of()));
          chained.sort(
              Comparator.comparing((Overlay o) -> o.region().code().digits())
                  .thenComparing(o -> o.file().path().toString()));
          for (Overlay o : chained) {
            boolean mine = o.region().code().equals(region);
            add(mine ? own : inherited, o.region().code().digits(), read(o.file().path()));
          }
          out.put(domain, region.digits() + ":" + hex(inherited) + ":" + hex(own));
        });
    return out;
  }

  /** The own half of a digest for a region whose one overlay of a domain is {@code text}. */
  static String own(RegionCode region, String text) {
    MessageDigest own = sha256();
    add(own, region.digits(), data(text));
    return hex(own);
  }

  /**
   * Whether a workbook whose digest of a domain was {@code recorded} was made from what the tree
   * has now ({@code now}, from {@link #of}), the region's own overlay {@code ownFile} (null when it
   * has none) counted unchanged when an import of a workbook of the same export wrote it as it is.
   */
  static boolean unchanged(String recorded, String now, Path ownFile, Path workbook) {
    if (recorded.equals(now)) {
      return true;
    }
    String[] was = recorded.split(":", -1);
    String[] is = now == null ? new String[0] : now.split(":", -1);
    if (was.length != 3 || is.length != 3 || !was[0].equals(is[0])) {
      // not a record this gkml wrote, or one of another region's workbook (whose regions differ
      // the import refuses where the workbook says so): nothing to compare
      return true;
    }
    if (ownFile == null) {
      return false;
    }
    // the export's record as an import wrote it into the overlay: with the inherited half it had
    // then ({@link #rebased}), so that an import that accepted a change above is not refused for
    // that change again, and one made before a change above does not hide it
    String expected = marker(was[0] + ":" + is[1] + ":" + was[2], is[2], workbook);
    try {
      // bounded: the overlay could be a pipe put where the file was (BoundedInput)
      return BoundedInput.readText(ownFile).lines().limit(5).anyMatch(expected::equals);
    } catch (IOException | RuntimeException e) {
      return false; // unreadable: not known to be the import's
    }
  }

  /**
   * The workbook's records ({@code recorded}, a domain each) with the inherited half of what the
   * tree has {@code now}: what an import writes into the overlays, so that the next import of the
   * same workbook compares with the tree as this one found it (an import with {@code
   * --accept-changed-tree} accepted what had changed above; one without found nothing changed).
   */
  static Map<String, String> rebased(Map<String, String> recorded, Map<String, String> now) {
    Map<String, String> out = new LinkedHashMap<>();
    recorded.forEach(
        (domain, r) -> {
          String[] was = r.split(":", -1);
          String n = now.get(domain);
          String[] is = n == null ? new String[0] : n.split(":", -1);
          out.put(
              domain,
              was.length == 3 && is.length == 3 && was[0].equals(is[0])
                  ? was[0] + ":" + is[1] + ":" + was[2]
                  : r);
        });
    return out;
  }

  /**
   * The marker line of an overlay holding {@code own} (its own half) written by importing {@code
   * workbook}, whose digest was {@code recorded}. The workbook's name counts (as a short digest, so
   * that no name can break the comment): a copy of the same export edited by someone else and
   * imported after it, under another name, must not pass for the same workbook imported again.
   */
  static String marker(String recorded, String own, Path workbook) {
    Path name = workbook.getFileName();
    MessageDigest sha = sha256();
    add(sha, "workbook", name == null ? "" : name.toString());
    return MARKER + recorded + " " + own + " " + hex(sha);
  }

  private static String read(Path file) {
    try {
      return data(BoundedInput.readText(file));
    } catch (IOException | RuntimeException e) {
      return "unreadable"; // said by the checks; here it only has to differ from what was read
    }
  }

  private static String data(String text) {
    try {
      return canonical(SameContent.data(text));
    } catch (RuntimeException e) {
      return "unreadable";
    }
  }

  private static void add(MessageDigest sha, String place, String data) {
    sha.update((place + "\n" + data + "\n\u0000").getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(MessageDigest sha) {
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /** The data as text, mappings in key order: the same however the file orders its keys. */
  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, String> sorted = new TreeMap<>();
      m.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
      return sorted.entrySet().stream()
          .map(e -> e.getKey() + ":" + e.getValue())
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof List<?> l) {
      return l.stream().map(RegionSources::canonical).collect(Collectors.joining(",", "[", "]"));
    }
    // a scalar, quoted so that no text can pass for structure
    String s = String.valueOf(value);
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
