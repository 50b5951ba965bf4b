package org.gkml.resolve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.cli.Gkml;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;

/** Test fixtures: resource folders, trees copied into temporary folders, the CLI in-process. */
final class Trees {
  private Trees() {}

  /** A folder of the test resources. */
  static Path resource(String name) {
    try {
      return Path.of(Trees.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sub-folders of a resource folder, sorted. */
  static List<Path> cases(String name) throws IOException {
    try (Stream<Path> s = Files.list(resource(name))) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Copies every file below {@code from} into {@code to}, replacing what is there. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Writes a file, creating its folders. */
  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a tree from disk. */
  static CatalogTree load(Path root) {
    Messages m = Messages.english();
    return new TreeLoader(new FileLoader(m), m).load(root).tree();
  }

  /** The outcome of one in-process command line. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
