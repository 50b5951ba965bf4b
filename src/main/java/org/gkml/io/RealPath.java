package org.gkml.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paths as the file system resolves them. The same file has many spellings: the working directory
 * Java sees is physical ({@code getcwd}), while a shell's {@code $PWD} keeps the logical path
 * through a symbolic link to a folder; a path named on the command line may be either. Comparing or
 * relativising two such spellings as text gives nonsense ({@code ../link/catalogs/…} for a file
 * below the folder itself); their real paths agree.
 */
public final class RealPath {
  private RealPath() {}

  /**
   * The real path of {@code p}: its longest existing part with links resolved, then the rest; as
   * written (absolute and normalised) where even that cannot be resolved (a dangling link).
   */
  public static Path of(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      Path real = existing.toRealPath();
      return real.resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      return abs; // a dangling link: compare the path as written
    }
  }

  /**
   * Files named by their real folder and their own name, each folder resolved once. A file that is
   * itself a link keeps its name: the tree names it so, and that name stays the same wherever the
   * link points. Kept for one report or baseline: folders do not move while it is made.
   */
  public static final class FolderCache {
    private final Map<Path, Path> folders = new ConcurrentHashMap<>();

    /** {@code file} (absolute and normalised) with its folder's links resolved. */
    public Path file(Path file) {
      Path abs = file.toAbsolutePath().normalize();
      Path folder = abs.getParent();
      Path name = abs.getFileName();
      if (folder == null || name == null) {
        return RealPath.of(abs);
      }
      return folders.computeIfAbsent(folder, RealPath::of).resolve(name);
    }
  }
}
