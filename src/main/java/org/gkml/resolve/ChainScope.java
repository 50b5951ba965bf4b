package org.gkml.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
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
 */
public final class ChainScope {
  private static final Pattern FOLDER_CODE = Pattern.compile("^(\\d{6}|\\d{9}|\\d{12})(?:\\D.*)?$");

  private ChainScope() {}

  /** The files, findings and documents of {@code whole} that the region's chain depends on. */
  public static TreeLoader.Result of(
      TreeLoader.Result whole, RegionCode region, Collection<String> domains) {
    CatalogTree tree = whole.tree();
    Path root = tree.root().toAbsolutePath().normalize();
    Set<String> chain = new HashSet<>();
    region.chain().forEach(c -> chain.add(c.digits()));
    Set<String> wanted = Set.copyOf(domains);
    List<LoadedFile> files = new ArrayList<>();
    Set<Path> paths = new HashSet<>();
    for (LoadedFile f : whole.files()) {
      if (belongs(f, root, region, chain, wanted)) {
        files.add(f);
        paths.add(normal(f.file().path()));
      }
    }
    List<Finding> findings =
        whole.findings().stream()
            .filter(f -> paths.contains(normal(f.loc().file().path())))
            .toList();
    List<Catalog> basics = tree.basics().stream().filter(c -> wanted.contains(c.domain())).toList();
    List<Overlay> overlays =
        tree.overlays().stream()
            .filter(o -> chain.contains(o.region().code().digits()) && wanted.contains(o.domain()))
            .toList();
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

  private static boolean belongs(
      LoadedFile f, Path root, RegionCode region, Set<String> chain, Set<String> wanted) {
    if (f.document() instanceof Config) {
      return true;
    }
    if (f.document() instanceof Catalog c) {
      return wanted.contains(c.domain());
    }
    if (f.document() instanceof Overlay o) {
      return chain.contains(o.region().code().digits()) && wanted.contains(o.domain());
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
      if (domain != null && domain.isValueNode() && !wanted.contains(domain.asText())) {
        return false;
      }
      JsonNode code = doc.path("region").get("code");
      if (code != null && code.isValueNode()) {
        return chain.contains(code.asText());
      }
    }
    if (rel.getNameCount() == 1) {
      return rel.toString().equals(TreeLoader.CONFIG_FILE);
    }
    if (top.equals(TreeLoader.BASIC_DIR)) {
      return true;
    }
    if (!top.equals(TreeLoader.REGIONS_DIR)) {
      return false;
    }
    for (int i = 1; i < rel.getNameCount() - 1; i++) {
      Matcher m = FOLDER_CODE.matcher(rel.getName(i).toString());
      if (m.matches() && !region.digits().startsWith(m.group(1))) {
        return false;
      }
    }
    return true;
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
