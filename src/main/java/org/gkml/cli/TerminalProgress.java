package org.gkml.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gkml.publish.BuildProgress;

/**
 * The build's progress as a bar on stderr, only when a person watches a terminal: not with {@code
 * -q}, not in CI (the {@code CI} variable is set), not when output is redirected.
 */
final class TerminalProgress implements BuildProgress {
  private final PrintWriter err;
  private final String task;
  private ProgressBar bar;

  TerminalProgress(PrintWriter err, String task) {
    this.err = err;
    this.task = task;
  }

  static BuildProgress of(CliContext cli, boolean quiet) {
    boolean terminal = System.console() != null && System.getenv("CI") == null;
    if (quiet || !terminal) {
      return BuildProgress.NONE;
    }
    return new TerminalProgress(cli.err(), cli.messages().get("build.progress"));
  }

  @Override
  public void start(long folders) {
    err.flush();
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(folders)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new WriterConsumer(err))
            .build();
  }

  @Override
  public void advance() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  /** Draws the bar on the command's own stderr writer, at the terminal's width. */
  private static final class WriterConsumer extends ConsoleProgressBarConsumer {
    private final PrintWriter err;

    WriterConsumer(PrintWriter err) {
      super(new PrintStream(OutputStream.nullOutputStream()));
      this.err = err;
    }

    @Override
    public void accept(String rendered) {
      err.print('\r');
      err.print(rendered);
      err.flush();
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
