package org.gkml.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    if (file.document() instanceof Overlay o) {
      folders(context.tree().root(), o, sink);
    }
  }

  private static void folders(Path root, Overlay o, FindingSink sink) {
    Path regions = root.resolve(TreeLoader.REGIONS_DIR);
    Path file = o.file().path().toAbsolutePath().normalize();
    if (!file.startsWith(regions)) {
      return;
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
