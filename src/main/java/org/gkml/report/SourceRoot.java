package org.gkml.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.gkml.io.RealPath;

/**
 * The folder that the paths code hosts read are relative to (SARIF's {@code SRCROOT}, the {@code
 * file=} of GitHub's annotations): the top folder of the git work tree that holds the catalogue
 * root, for GitHub resolves those paths against the repository's top and not against the folder a
 * CI step ran in; outside git, the working directory. Findings show their files relative to the
 * working directory ({@link org.gkml.model.SourceFile#display()}); this turns such a path into one
 * relative to the source root.
 *
 * <p>Paths are compared as spelt first, then as the file system resolves them: the working
 * directory Java sees is physical, while a root or path typed from a shell's {@code $PWD} may go
 * through a symbolic link, and a file so spelt is still below the source root.
 */
public final class SourceRoot {
  private final Path folder;
  private final Path workingDir;
  private final Path realFolder;
  private final RealPath.FolderCache real = new RealPath.FolderCache();

  /**
   * @param folder the source root, absolute and normalised
   * @param workingDir the folder displayed paths are relative to
   */
  private SourceRoot(Path folder, Path workingDir) {
    this.folder = folder;
    this.workingDir = workingDir;
    this.realFolder = RealPath.of(folder);
  }

  /** The source root, absolute and normalised. */
  public Path folder() {
    return folder;
  }

  /** The source root of the catalogue root {@code root}, as this process sees it. */
  public static SourceRoot of(Path root) {
    return of(root, Path.of("").toAbsolutePath());
  }

  /** The source root of the catalogue root {@code root}, paths shown relative to {@code work}. */
  static SourceRoot of(Path root, Path work) {
    Path workingDir = work.toAbsolutePath().normalize();
    Path spelt = workingDir.resolve(root).normalize();
    Path top = gitTop(spelt);
    if (top == null) {
      // a root reached through a link to a folder inside a work tree: the work tree's top is
      // above its real path only
      top = gitTop(RealPath.of(spelt));
    }
    return new SourceRoot(top == null ? workingDir : top, workingDir);
  }

  /** The working directory as the source root, for reports that name no catalogue root. */
  public static SourceRoot workingDirectory() {
    Path work = Path.of("").toAbsolutePath().normalize();
    return new SourceRoot(work, work);
  }

  /**
   * The nearest folder at or above {@code start} that holds a {@code .git} entry: a folder in a
   * plain clone, a file in a linked work tree ({@code git worktree}) or a submodule. Found by
   * looking, not by running git: a report must not depend on git being installed, and reading the
   * repository (as JGit would) costs a whole-tree validate time for a name it does not need.
   */
  private static Path gitTop(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return null;
  }

  /** The source root as an absolute {@code file:} URI ending in a slash, for SARIF. */
  public String uri() {
    String uri = folder.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** A displayed path (relative to the working directory, or absolute) as an absolute path. */
  Optional<Path> absolute(String display) {
    try {
      return Optional.of(workingDir.resolve(display).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * A displayed path relative to the source root, with forward slashes; empty when the file is not
   * below the source root (or the text is no path).
   */
  public Optional<String> relative(String display) {
    Optional<Path> absolute = absolute(display);
    if (absolute.isEmpty()) {
      return Optional.empty();
    }
    Path p = absolute.get();
    if (p.startsWith(folder) && !p.equals(folder)) {
      return Optional.of(slashed(folder.relativize(p)));
    }
    Path file = real.file(p);
    return file.startsWith(realFolder) && !file.equals(realFolder)
        ? Optional.of(slashed(realFolder.relativize(file)))
        : Optional.empty();
  }

  /** A relative path with forward slashes between its names (a backslash may be in a name). */
  private static String slashed(Path relative) {
    StringBuilder out = new StringBuilder();
    for (Path name : relative) {
      out.append(out.isEmpty() ? "" : "/").append(name);
    }
    return out.toString();
  }

  /**
   * A displayed path as a code host names it: relative to the source root, else as shown (an
   * absolute path: no relative one would resolve).
   */
  public String name(String display) {
    return relative(display).orElse(display);
  }

  /**
   * A {@code /}-separated path relative to the source root as a relative URI reference: non-ASCII
   * and reserved characters percent-encoded, and every colon too: a colon in the first segment
   * would read as a scheme ({@code a:b/x.yaml} is the URI of scheme {@code a}, RFC 3986 §4.2).
   */
  static String relativeUri(String path) {
    try {
      // behind "./" the first segment cannot be taken for a scheme while encoding
      String encoded = new URI(null, null, "./" + path, null).toASCIIString().substring(2);
      return encoded.replace(":", "%3A");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a relative path with a leading ./ is a valid URI path", e);
    }
  }
}
