package org.gkml.publish;

import java.net.URI;
import java.net.URISyntaxException;
import org.gkml.io.SafeName;
import org.gkml.model.Region;

/** Folder names of a build and the links to them. */
final class Folders {
  private Folders() {}

  /**
   * {@code <code>-<name>} as CLI.md names region folders, made safe by {@link SafeName}: whatever
   * the name holds ({@code x/../../evil}, control characters, {@code :*?"<>|#%}), the folder stays
   * one folder inside the build's.
   */
  static String of(Region region) {
    String name = region.name().strip();
    if (name.isEmpty()) {
      return region.code().digits();
    }
    return SafeName.of(region.code().digits() + "-" + name);
  }

  /** A relative link to {@code folder/file}, its path escaped as a URL needs it. */
  static String href(String folder, String file) {
    try {
      return new URI(null, null, folder + "/" + file, null).toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(folder, e);
    }
  }
}
