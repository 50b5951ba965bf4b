package org.gkml.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lock ("owner") files office programs leave beside a document they have open: Microsoft Office
 * and WPS write {@code ~$name} (for a longer name, {@code ~$} in place of its first one or two
 * characters), LibreOffice {@code .~lock.name#}. They only say who has the document open: never a
 * catalogue file, never a table to import, and gone when the program closes the document.
 */
public final class OfficeLockFile {
  private static final String OFFICE = "~$";
  private static final String LIBRE = ".~lock.";

  private OfficeLockFile() {}

  /** Whether a file's name (or a path ending in it, with {@code /} or the platform's separator). */
  public static boolean isLockName(String nameOrPath) {
    int slash = Math.max(nameOrPath.lastIndexOf('/'), nameOrPath.lastIndexOf('\\'));
    String name = nameOrPath.substring(slash + 1);
    return name.startsWith(OFFICE) || (name.startsWith(LIBRE) && name.endsWith("#"));
  }

  /** Whether {@code file} is such a lock file, by its name. */
  public static boolean is(Path file) {
    Path name = file.getFileName();
    return name != null && isLockName(name.toString());
  }

  /**
   * The lock file an office program keeps beside {@code document} while it has it open, if there is
   * one now: a sign that edits not yet saved are not in the file.
   */
  public static Optional<Path> besides(Path document) {
    Path name = document.getFileName();
    if (name == null || is(document)) {
      return Optional.empty();
    }
    String n = name.toString();
    List<String> candidates = new ArrayList<>();
    candidates.add(OFFICE + n);
    if (n.length() > 2) {
      candidates.add(OFFICE + n.substring(2)); // how Office names the lock of a longer name
      candidates.add(OFFICE + n.substring(1));
    }
    candidates.add(LIBRE + n + "#");
    for (String c : candidates) {
      Path lock = document.resolveSibling(c);
      if (Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(lock);
      }
    }
    return Optional.empty();
  }
}
