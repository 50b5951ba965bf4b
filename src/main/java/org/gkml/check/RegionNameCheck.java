package org.gkml.check;

import org.gkml.load.LoadedFile;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.Rule;

/**
 * GK308 for an overlay's {@code region.name}: it becomes part of the names of published folders and
 * files, so a name that could step out of its folder or forge a line is refused here, before any
 * command writes (the register's names are checked as it is read).
 */
final class RegionNameCheck implements FileCheck {

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    if (file.document() instanceof Overlay overlay) {
      Region.unsafeNamePart(overlay.region().name())
          .ifPresent(
              part -> sink.report(Rule.REGION_NAME, overlay.regionLoc().child("name"), part));
    }
  }
}
