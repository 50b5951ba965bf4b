package org.gkml.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;

/**
 * Folders named for regions ({@code 511703-达川区}) must be an overlay's region or its ancestors
 * (GK304). The folder names are the file's own business, so this runs file by file, on all cores,
 * rather than in a pass over the whole tree.
 */
final class FolderCheck implements FileCheck {
  private static final Pattern FOLDER_CODE = Pattern.compile("^(\\d{6}|\\d{9}|\\d{12})(?:\\D.*)?$");

  /** The region codes of a file's folders below {@code regions/}, outermost first. */
  private record Folders(Path root, List<String> codes, List<String> names) {}

  // the folders of each directory, read once: a village's folder holds a file per domain, and
  // every file of a county repeats its county's folder (decoding and matching the names of every
  // file's path cost more than the rest of this check)
  private final Map<Path, Folders> byDirectory = new ConcurrentHashMap<>();

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    if (file.document() instanceof Overlay o) {
      Path root = context.tree().root();
      Path dir = o.file().path().getParent();
      Folders folders =
          dir == null
              ? null
              : byDirectory.computeIfAbsent(dir, d -> folders(root, o.file().path()));
      if (folders == null || !folders.root().equals(root)) {
        folders = folders(root, o.file().path()); // a checker used for another root: no cache
      }
      report(o, folders, sink);
    }
  }

  private static Folders folders(Path root, Path path) {
    Path regions = root.resolve(TreeLoader.REGIONS_DIR);
    Path file = path.toAbsolutePath().normalize();
    if (!file.startsWith(regions)) {
      return new Folders(root, List.of(), List.of());
    }
    Path rel = regions.relativize(file);
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      Matcher m = FOLDER_CODE.matcher(rel.getName(i).toString());
      if (m.matches()) {
        codes.add(m.group(1));
        names.add(rel.getName(i).toString());
      }
    }
    return new Folders(root, List.copyOf(codes), List.copyOf(names));
  }

  private static void report(Overlay o, Folders folders, FindingSink sink) {
    List<String> codes = folders.codes();
    List<String> names = folders.names();
    RegionCode code = o.region().code();
    for (int i = 0; i < codes.size(); i++) {
      boolean last = i == codes.size() - 1;
      String folder = codes.get(i);
      boolean agrees = last ? folder.equals(code.digits()) : code.digits().startsWith(folder);
      if (!agrees) {
        sink.report(Rule.FOLDER_CODE_MISMATCH, o.regionLoc(), names.get(i), code);
        return;
      }
    }
  }
}
