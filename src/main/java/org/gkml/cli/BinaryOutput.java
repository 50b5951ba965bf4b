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

  static void write(Path file, AtomicFile.Body body) {
    try {
      if (file.toString().equals(STDOUT)) {
        OutputStream out = System.out; // the raw byte stream, not the command's text writer
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
