package org.gkml.publish;

/** Hears how far a build has come; the command line shows it as a progress bar. */
public interface BuildProgress extends AutoCloseable {

  /** Shows nothing. */
  BuildProgress NONE =
      new BuildProgress() {
        @Override
        public void start(long folders) {}

        @Override
        public void advance() {}

        @Override
        public void close() {}
      };

  /** The build is about to write {@code folders} folders. */
  void start(long folders);

  /** One more folder is written. Called from several threads at once. */
  void advance();

  @Override
  void close();
}
