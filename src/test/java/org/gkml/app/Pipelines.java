package org.gkml.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import org.gkml.i18n.Messages;

/** A pipeline as the commands make it, in {@code messages}' language, its status lines dropped. */
final class Pipelines {
  private Pipelines() {}

  static Pipeline of(Messages messages) {
    return new Pipeline(
        new Session(messages, new PrintWriter(Writer.nullWriter()), "test", Map.of()));
  }
}
