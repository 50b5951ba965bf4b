package org.gkml.load;

import java.util.Locale;

/**
 * A file name that says "catalogue" but does not end in {@code .yaml} or {@code .yml}, so the walk
 * would not read it (GK010): Notepad's "Save as" with its default type makes {@code x.yaml.txt}, a
 * download or a copy {@code x.yaml.bak}, {@code x.yml.orig}. Only such names count: a README, an
 * attached Word file or a spreadsheet kept beside the catalogues says nothing of the kind and is
 * left alone, as are office lock files ({@code ~$x.yaml.txt}, {@link OfficeLockFile}).
 */
final class CatalogueLikeName {
  private CatalogueLikeName() {}

  /**
   * What follows the {@code .yaml} or {@code .yml} in {@code name} ({@code .txt} for {@code
   * x.yaml.txt}), or null when the name is not a catalogue file's with more after it.
   */
  static String extraExtension(String name) {
    if (OfficeLockFile.isLockName(name)) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int at = Math.max(lower.lastIndexOf(".yaml."), lower.lastIndexOf(".yml."));
    if (at <= 0) {
      return null; // none, or the whole name (".yaml.txt" is hidden anyway)
    }
    int dot = name.indexOf('.', at + 1);
    return name.substring(dot);
  }
}
