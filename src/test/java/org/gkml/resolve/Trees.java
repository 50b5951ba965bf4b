package org.gkml.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;

/** Test fixtures of the resolution tests: cases of a resource folder, files written in place. */
final class Trees {
  private Trees() {}

  /** The sub-folders of a resource folder, sorted. */
  static List<Path> cases(String name) throws IOException {
    try (Stream<Path> s = Files.list(TestCatalogs.resource(name))) {
      return s.filter(Files::isDirectory).sorted().toList();
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
}
