package org.gkml.publish;

import java.net.URI;
import java.net.URISyntaxException;
import org.gkml.model.Region;

/** Folder names of a build and the links to them. */
final class Folders {
  private Folders() {}

  /**
   * {@code <code>-<name>} as CLI.md names region folders; characters no file system or URL takes in
   * a name (slashes, control characters, {@code :*?"<>|#%}) become {@code _}.
   */
  static String of(Region region) {
    String name = region.name().strip();
    if (name.isEmpty()) {
      return region.code().digits();
    }
    StringBuilder safe = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              boolean bad = c < 0x20 || c == 0x7f || "/\\:*?\"<>|#%".indexOf(c) >= 0;
              safe.appendCodePoint(bad ? '_' : c);
            });
    return region.code().digits() + "-" + safe;
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
