package org.gkml.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.gkml.io.AtomicFile;
import org.gkml.io.IoReason;

/**
 * Sends a binary output (a workbook) atomically to a file, or to standard output only when the user
 * asked for it with {@code -o -}: binary data never lands on a terminal by default.
 */
final class BinaryOutput {
  static final String STDOUT = "-";

  private BinaryOutput() {}

  /**
   * Writes {@code file}, or {@code cli}'s standard output for {@code -o -} (the byte stream, not
   * the command's text writer; a write error there is {@link Main}'s to report, as for text).
   */
  static void write(CliContext cli, Path file, AtomicFile.Body body) {
    try {
      if (file.toString().equals(STDOUT)) {
        cli.out().flush(); // what was printed before stays before
        OutputStream out = cli.bytes();
        body.writeTo(out);
        out.flush();
        return;
      }
      OutputTarget.write(file, body);
    } catch (IOException e) {
      throw IoReason.cannotWrite(OutputTarget.display(file), file, e);
    }
  }
}
