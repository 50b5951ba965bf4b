package org.gkml.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.check.BrokenFiles;
import org.gkml.load.BoundedInput;
import org.gkml.load.FolderCodes;
import org.gkml.load.LoadedFile;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.load.YamlWalk;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Finding;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;

/**
 * The part of a loaded tree that one region's effective catalogues depend on: the config, the basic
 * catalogues of the chosen domains and the overlays of those domains on the region's chain (county,
 * township, village). A file that did not load is judged by what could be read of it (its {@code
 * domain} and {@code region.code}); a file that could not be parsed at all counts when it lies in
 * {@code basic/}, or in {@code regions/} in folders whose code names, if any, are the region's
 * ancestors (the folder convention of FORMAT.md §3) — it might be one of the chain's files.
 *
 * <p>{@link #scope} picks the files to read for a region without reading the whole tree, so that
 * commands about one region cost what its chain costs rather than what the tree costs.
 */
public final class ChainScope {
  // what a finding about one row of the register is about: "row/" and its code (RegisterCsv.Row)
  private static final String ROW = "row/";
  private static final Pattern FOLDER_CODE = Pattern.compile("^(\\d{6}|\\d{9}|\\d{12})(?:\\D.*)?$");

  private ChainScope() {}

  /**
   * The files a region's effective catalogues may depend on: the config, every basic catalogue and
   * the overlays below {@code regions/} that may be on the region's chain. Load them and pass the
   * result to {@link #of} to keep exactly the chain's files.
   *
   * <p>The {@code region.code} inside a file is authoritative, not its folder (FORMAT.md §3), so a
   * file is left out only when it cannot be one of the chain's files, nor one that {@link #of}
   * would count when it does not parse: its folders name a region off the chain and its text holds
   * none of the chain's codes as a number of its own. A code in YAML is always written out as its
   * digits unless escaped in a double-quoted string, so a file with a backslash is read as well.
   * The test looks at raw bytes (ASCII digits read the same in any encoding gkml reports on); it
   * parses nothing, the YAML loader still does all the reading.
   */
  public static Scope scope(Path root, RegionCode region) {
    return scope(root, region, false);
  }

  /**
   * As {@link #scope(Path, RegionCode)}, and besides the overlays that may belong to a region below
   * {@code region} (its folders name the region's descendants, or its text holds such a code): what
   * a change to the region's own overlays can affect ({@code import --region --into-tree}).
   */
  public static Scope scopeWithBelow(Path root, RegionCode region) {
    return scope(root, region, true);
  }

  private static Scope scope(Path root, RegionCode region, boolean below) {
    Path top = root.toAbsolutePath().normalize();
    List<Path> read = new ArrayList<>();
    List<YamlWalk.Skipped> skipped = new ArrayList<>();
    for (YamlWalk.Listing l : Scope.context(top)) {
      read.addAll(l.files());
      skipped.addAll(l.skipped());
    }
    Path regions = top.resolve(TreeLoader.REGIONS_DIR);
    byte[][] codes = region.chain().stream().map(c -> ascii(c.digits())).toArray(byte[][]::new);
    byte[] prefix = below ? ascii(region.digits()) : null;
    YamlWalk.Listing overlays = pathsOnly(YamlWalk.of(top, regions));
    // on a province tree most files lie off the chain and are only scanned: both cores help
    overlays.files().parallelStream()
        .filter(f -> related(regions, f, region, below) || mentions(f, codes, prefix))
        .forEachOrdered(read::add);
    // what was not read is judged by its place alone, as a file that does not parse
    overlays.skipped().stream()
        .filter(s -> !s.path().startsWith(regions) || related(regions, s.path(), region, below))
        .forEach(skipped::add);
    return new Scope(top, read, Set.of(), skipped);
  }

  /**
   * A listing without the file attributes the walk kept (a province has 51,000): nothing here needs
   * them, and held during the scan they survived its young collections, copied and promoted (a
   * tenth of an export's collection work, measured with -Xlog:gc).
   */
  private static YamlWalk.Listing pathsOnly(YamlWalk.Listing walked) {
    return new YamlWalk.Listing(walked.files(), walked.skipped());
  }

  /**
   * Whether every folder named for a region between {@code regions/} and the file is an ancestor of
   * the region, or (with {@code below}) the region or one of its descendants.
   */
  private static boolean related(Path regions, Path file, RegionCode region, boolean below) {
    if (!below) {
      return onChainFolders(regions, file, region);
    }
    Path rel = regions.relativize(file);
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      Matcher m = FOLDER_CODE.matcher(rel.getName(i).toString());
      if (m.matches()
          && !region.digits().startsWith(m.group(1))
          && !m.group(1).startsWith(region.digits())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every folder named for a region between {@code regions/} and the file is an ancestor.
   */
  private static boolean onChainFolders(Path regions, Path file, RegionCode region) {
    Path rel = regions.relativize(file);
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      Matcher m = FOLDER_CODE.matcher(rel.getName(i).toString());
      if (m.matches() && !region.digits().startsWith(m.group(1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a file holds one of {@code codes} as a whole run of digits, or a backslash; or, with a
   * {@code below} prefix, the code of a region below it (9 or 12 digits starting with it).
   */
  static boolean mentions(Path file, byte[][] codes, byte[] below) {
    byte[] text;
    try {
      text = BoundedInput.read(file);
    } catch (IOException | UncheckedIOException e) {
      return true; // the loader reports it, if it is the chain's
    }
    return mentions(text, codes, below);
  }

  static boolean mentions(byte[] text, byte[][] codes) {
    return mentions(text, codes, null);
  }

  static boolean mentions(byte[] text, byte[][] codes, byte[] below) {
    int i = 0;
    while (i < text.length) {
      byte b = text[i];
      if (b == '\\') {
        return true;
      }
      if (!isDigit(b)) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length && isDigit(text[i])) {
        i++;
      }
      for (byte[] code : codes) {
        if (code.length == i - start && Arrays.equals(text, start, i, code, 0, code.length)) {
          return true;
        }
      }
      int length = i - start;
      if (below != null
          && length > below.length
          && (length == 9 || length == 12)
          && Arrays.equals(text, start, start + below.length, below, 0, below.length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static byte[] ascii(String digits) {
    return digits.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The files, findings and documents of {@code whole} that the region's chain depends on, for
   * every domain. Every basic catalogue counts here, whether it loaded or not: a command asked for
   * all domains must not learn which domains there are from the files that happened to load, or a
   * broken catalogue would leave its domain out of the output unnoticed (issue #11, class 1).
   */
  public static TreeLoader.Result of(TreeLoader.Result whole, RegionCode region) {
    return of(whole, region, domain -> true);
  }

  /** The files, findings and documents of {@code whole} that the region's chain depends on. */
  public static TreeLoader.Result of(
      TreeLoader.Result whole, RegionCode region, Collection<String> domains) {
    return of(whole, region, Set.copyOf(domains)::contains);
  }

  private static TreeLoader.Result of(
      TreeLoader.Result whole, RegionCode region, Predicate<String> wanted) {
    CatalogTree tree = whole.tree();
    Path root = tree.root().toAbsolutePath().normalize();
    Set<String> chain = new HashSet<>();
    region.chain().forEach(c -> chain.add(c.digits()));
    Predicate<Overlay> counts = counts(whole, wanted);
    // an overlay whose code is a slip stands for its folder's code (check.BrokenFiles): on the
    // chain, it is the parent that its children's entries are not checked against
    Predicate<Overlay> onChain =
        o ->
            chain.contains(o.region().code().digits())
                || chain.contains(FolderCodes.misfiled(o, root, tree.register()));
    List<LoadedFile> files = new ArrayList<>();
    Set<Path> paths = new HashSet<>();
    for (LoadedFile f : whole.files()) {
      if (belongs(f, root, region, chain, wanted, counts, onChain)) {
        files.add(f);
        paths.add(normal(f.file().path()));
      }
    }
    List<Finding> findings =
        whole.findings().stream()
            .filter(
                f ->
                    paths.contains(normal(f.loc().file().path()))
                        || whole.isRegister(f) && aboutChain(f, chain))
            .toList();
    List<Catalog> basics = tree.basics().stream().filter(c -> wantedBasic(c, wanted)).toList();
    List<Overlay> overlays =
        tree.overlays().stream().filter(o -> onChain.test(o) && counts.test(o)).toList();
    Map<RegionCode, String> register = new HashMap<>();
    tree.register()
        .forEach(
            (code, name) -> {
              if (chain.contains(code.digits())) {
                register.put(code, name);
              }
            });
    CatalogTree part = new CatalogTree(tree.root(), tree.config(), basics, overlays, register);
    return new TreeLoader.Result(part, files, findings);
  }

  /**
   * Whether a basic catalogue counts for the chosen domains: it is of one, or its domain is a slip
   * of one (GK309): the chosen domain's overlays are then not checked against it, and it is the
   * cause to report, not an absence.
   */
  private static boolean wantedBasic(Catalog c, Predicate<String> wanted) {
    return wanted.test(c.domain()) || BrokenFiles.misspelt(c).filter(wanted).isPresent();
  }

  /**
   * Whether a finding of the region register bears on the chain: one about the whole register (it
   * is not CSV, not UTF-8, its header is wrong), without which no region has its name, or one about
   * the row of a region on the chain. Rows of other regions are theirs.
   */
  private static boolean aboutChain(Finding f, Set<String> chain) {
    String about = f.loc().about();
    return about == null || !about.startsWith(ROW) || chain.contains(about.substring(ROW.length()));
  }

  /**
   * Whether an overlay counts for the chosen domains: it is of one, or its domain has no basic
   * catalogue and it would have been of one (the domain GK303 suggests for it, or the file name of
   * a chosen domain's basic catalogue). Such an overlay is not applied, and the overlays below it
   * are not checked against it (check.BrokenFiles): left out, its cause would be missing and its
   * children's entries reported as unknown targets instead.
   */
  private static Predicate<Overlay> counts(TreeLoader.Result whole, Predicate<String> wanted) {
    Set<String> domains = new HashSet<>();
    Set<String> slugs = new HashSet<>();
    for (LoadedFile f : whole.files()) {
      if (f.document() instanceof Catalog c) {
        domains.add(c.domain());
        if (wanted.test(c.domain())) {
          slugs.add(BrokenFiles.slug(f.file().path()));
        }
      }
    }
    return o ->
        wanted.test(o.domain())
            || !domains.contains(o.domain())
                && (wanted.test(BrokenFiles.meant(o, domains))
                    || slugs.contains(BrokenFiles.slug(o.file().path())));
  }

  private static boolean belongs(
      LoadedFile f,
      Path root,
      RegionCode region,
      Set<String> chain,
      Predicate<String> wanted,
      Predicate<Overlay> counts,
      Predicate<Overlay> onChain) {
    if (f.document() instanceof Config) {
      return true;
    }
    if (f.document() instanceof Catalog c) {
      return wantedBasic(c, wanted);
    }
    if (f.document() instanceof Overlay o) {
      return onChain.test(o) && counts.test(o);
    }
    Path path = normal(f.file().path());
    if (!path.startsWith(root)) {
      return false;
    }
    Path rel = root.relativize(path);
    String top = rel.getName(0).toString();
    JsonNode doc = f.tree();
    if (doc != null && doc.isObject()) {
      JsonNode domain = doc.get("domain");
      if (domain != null && domain.isValueNode() && !wanted.test(domain.asText())) {
        return false;
      }
      JsonNode code = doc.path("region").get("code");
      if (code != null && code.isValueNode()) {
        // as written, or as meant (５１１７０３ in half-width digits, else its folders' code)
        String meant = FolderCodes.meant(code.asText(), root, path);
        if (meant != null) {
          return chain.contains(meant);
        }
      }
    }
    if (rel.getNameCount() == 1) {
      // basic/ or regions/ itself is a link not followed (GK008): every chain is behind it
      return top.equals(TreeLoader.CONFIG_FILE)
          || top.equals(TreeLoader.BASIC_DIR)
          || top.equals(TreeLoader.REGIONS_DIR);
    }
    if (top.equals(TreeLoader.BASIC_DIR)) {
      return true;
    }
    if (!top.equals(TreeLoader.REGIONS_DIR)) {
      return false;
    }
    return onChainFolders(root.resolve(TreeLoader.REGIONS_DIR), path, region);
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
