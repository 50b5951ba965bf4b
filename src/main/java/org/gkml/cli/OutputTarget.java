package org.gkml.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gkml.error.GkmlException;
import org.gkml.io.AtomicFile;
import org.gkml.io.RealPath;
import picocli.CommandLine.ITypeConverter;

/**
 * What {@code -o} names, made safe to write (issue #11, class 3), in one place for every command:
 *
 * <ul>
 *   <li>a folder ({@code -o out/} or an existing folder) takes the command's default file name
 *       inside it; a command without one (its default is stdout) refuses it;
 *   <li>an output that is one of the command's inputs, lies inside one (the catalogue root) or
 *       holds one is refused before anything is written;
 *   <li>a symbolic link is kept: the file it points to is written (atomically), not the link;
 *   <li>a device, a FIFO or anything under {@code /dev} or {@code /proc} ({@code -o /dev/stdout})
 *       is written through as a stream: it cannot be replaced by a rename.
 * </ul>
 */
final class OutputTarget {
  /** Linux gives up after 40 links in a path; so does gkml. */
  private static final int MAX_LINKS = 40;

  private OutputTarget() {}

  /**
   * Reads {@code -o}, keeping a trailing separator ({@code out/}) as {@code out/.} so that {@link
   * #resolve} can tell a folder was meant even when it does not exist yet.
   */
  static final class Converter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path named = new Named().convert(value);
      boolean folder = value.endsWith("/") || value.endsWith(File.separator);
      return folder && value.length() > 1 ? Path.of(value, ".") : named;
    }
  }

  /**
   * Reads an output's name as it is, refusing an empty one ({@code -o ''}, an unset shell
   * variable): as a path it is the working folder, which an export would have written into and a
   * folder output ({@code export filing}) replaced.
   */
  static final class Named implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isEmpty()) {
        throw BadValue.because("cli.outputEmpty");
      }
      return Path.of(value);
    }
  }

  /**
   * The file {@code -o given} names, or null for standard output ({@code -o -}) in a command whose
   * output goes there by default: {@code -} never names a file or folder.
   */
  static Path fileOrStdout(Path given) {
    return given == null || given.toString().equals(BinaryOutput.STDOUT) ? null : given;
  }

  /**
   * The file to write for {@code -o given}: {@code given} itself, or the default name inside it
   * when it names a folder.
   *
   * @param defaultName the command's default file name (already safe), or null when it has none
   */
  static Path resolve(Path given, String defaultName) {
    if (given == null || given.toString().equals(BinaryOutput.STDOUT) || isStream(given)) {
      return given;
    }
    Path last = given.getFileName();
    boolean folder = (last != null && last.toString().equals(".")) || Files.isDirectory(given);
    if (!folder) {
      return given;
    }
    if (defaultName == null) {
      throw GkmlException.usage("cli.outputIsFolder", display(given));
    }
    Path dir = given.normalize();
    return dir.toString().isEmpty() ? Path.of(defaultName) : dir.resolve(defaultName);
  }

  /** {@code out/.} shown as the user wrote it, {@code out/}. */
  static String display(Path p) {
    String s = p.toString();
    return s.endsWith(File.separator + ".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * Refuses an output that is an input, lies inside one (e.g. inside the catalogue root, where it
   * would be read as part of the tree next time) or holds one (a folder the output would replace).
   * Paths are compared as the file system sees them, symbolic links followed.
   */
  static void checkClear(Path output, Collection<Path> inputs) {
    checkClear(output, output == null ? null : display(output), inputs);
  }

  /**
   * As {@link #checkClear(Path, Collection)}, the output named as {@code shown} ({@code
   * GITHUB_STEP_SUMMARY=FILE}: a file named by the environment, not on the command line).
   */
  static void checkClear(Path output, String shown, Collection<Path> inputs) {
    if (output == null || output.toString().equals(BinaryOutput.STDOUT) || isStream(output)) {
      return;
    }
    Path out = RealPath.of(output);
    for (Path input : inputs) {
      if (input == null || !Files.exists(input)) {
        continue;
      }
      Path in = RealPath.of(input);
      if (out.equals(in)) {
        throw GkmlException.usage("cli.outputIsInput", shown, input);
      }
      if (out.startsWith(in)) {
        throw GkmlException.usage("cli.outputInsideInput", shown, input);
      }
      if (in.startsWith(out)) {
        throw GkmlException.usage("cli.outputHoldsInput", shown, input);
      }
    }
  }

  /** Extensions of formats a clerk's folder holds: a name ending in one says what the file is. */
  private static final Set<String> KNOWN_FORMATS =
      Set.of(
          "xlsx", "xls", "xlsm", "et", "docx", "doc", "wps", "html", "htm", "yaml", "yml", "csv",
          "pdf", "json", "txt", "md", "sarif", "zip", "ofd");

  /**
   * {@code given} as a file of the format the command writes, whose extensions (without the dot,
   * its usual one first) are {@code extensions}: a name whose extension belongs to another format
   * ({@code export html -o 镇.xlsx}, which would overwrite the clerk's workbook with a web page) is
   * refused. A name without any extension ({@code -o 石桥镇}) is written as named, as is a name with
   * an extension gkml does not know ({@code 镇.2025}): gkml writes the output it is told to and no
   * other file. Standard output, streams and folders are left as they are.
   */
  static Path ofFormat(Path given, String command, String... extensions) {
    if (given == null
        || given.toString().equals(BinaryOutput.STDOUT)
        || isStream(given)
        || Files.isDirectory(given)) {
      return given;
    }
    Path last = given.getFileName();
    if (last == null || last.toString().equals(".")) {
      return given;
    }
    String name = last.toString();
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return given; // no extension: no format named, and no other name to write
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (List.of(extensions).contains(ext) || !KNOWN_FORMATS.contains(ext)) {
      return given;
    }
    throw GkmlException.usage(
        "cli.outputOtherFormat", display(given), ext, command, String.join("/.", extensions));
  }

  /**
   * Whether {@code output} is {@code input} or lies inside it, as {@link #checkClear} compares them
   * (symbolic links followed), for a command that names the clash in its own words.
   */
  static boolean within(Path output, Path input) {
    if (output == null
        || output.toString().equals(BinaryOutput.STDOUT)
        || isStream(output)
        || !Files.exists(input)) {
      return false;
    }
    return RealPath.of(output).startsWith(RealPath.of(input));
  }

  /**
   * Whether two outputs are one file as the file system sees it: the same path however spelt
   * ({@code ./b.json}, {@code ../x/b.json}), through symbolic links, or a hard link of the other.
   * Streams ({@code /dev/stdout}) are never the same file: each is written through.
   */
  static boolean sameFile(Path a, Path b) {
    if (a.toString().equals(BinaryOutput.STDOUT) || isStream(a) || isStream(b)) {
      return false;
    }
    if (RealPath.of(linkTarget(a)).equals(RealPath.of(linkTarget(b)))) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // what cannot be looked at is not known to be the same
    }
  }

  /** Where a chain of links from {@code p} ends, even at a file not written yet (as write goes). */
  private static Path linkTarget(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return followLinks(abs);
    } catch (IOException e) {
      return abs; // a loop of links: canonical compares the path as written
    }
  }

  /** Writes one output file: atomically (through a link to its target), or as a stream. */
  static void write(Path target, AtomicFile.Body body) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (isStream(abs)) {
      // a device or pipe has no folder to stage in and cannot be renamed over; APPEND keeps what a
      // shell redirection (> file, behind /dev/stdout) already holds
      try (OutputStream out =
          Files.newOutputStream(abs, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        body.writeTo(out);
      }
      return;
    }
    Path real = followLinks(abs);
    if (Files.isDirectory(real)) {
      throw GkmlException.usage("cli.outputIsFolder", display(target));
    }
    AtomicFile.write(real, body);
  }

  /**
   * Whether writing means streaming: a device, a FIFO, a socket, or a path in {@code /dev} or
   * {@code /proc}, whose links ({@code /dev/stdout}) lead to whatever the shell connected.
   */
  static boolean isStream(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    if (File.separatorChar == '/' && (abs.startsWith("/dev") || abs.startsWith("/proc"))) {
      return true;
    }
    return Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs);
  }

  /** The file a chain of symbolic links ends at (which need not exist yet). */
  static Path followLinks(Path abs) throws IOException {
    Path p = abs;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops >= MAX_LINKS) {
        throw new IOException("too many levels of symbolic links");
      }
      p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
    }
    return p;
  }
}
