package org.gkml.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gkml.io.IoReason;

/**
 * Sends a command's text output to stdout (without {@code -o}, or with {@code -o -}), or to the
 * file named by {@code -o} ({@link OutputTarget#write}: atomically, or through a device or pipe).
 */
final class TextOutput {

  /** Writes text to a writer. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private TextOutput() {}

  static void write(Path file, PrintWriter stdout, Body body) {
    try {
      if (file == null || file.toString().equals(BinaryOutput.STDOUT)) {
        body.writeTo(stdout);
        stdout.flush();
        return;
      }
      OutputTarget.write(
          file,
          out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.writeTo(w);
            w.flush();
          });
    } catch (IOException e) {
      throw IoReason.cannotWrite(OutputTarget.display(file), file, e);
    }
  }
}
