package org.gkml.cli;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The one place that decides in which encoding gkml's messages leave the process: a console gets
 * its own encoding (GBK on a Chinese Windows console, whose code page is 936), files and pipes get
 * UTF-8, the encoding of every file gkml reads and writes.
 *
 * <p>Java 17 only tells whether standard input and output are both a terminal ({@link
 * System#console()}), not each stream apart: with standard output redirected, standard error is
 * UTF-8 too. A console that reports plain ASCII is a POSIX locale nobody chose (an unset {@code
 * LANG}) far more often than a terminal that cannot show Chinese, and ASCII would turn every
 * Chinese message into question marks, so it gets UTF-8 as well.
 */
final class ConsoleCharset {
  private ConsoleCharset() {}

  /** The encoding for this process's standard output and error. */
  static Charset current() {
    Console console = System.console();
    return of(console == null ? null : console.charset());
  }

  /** The encoding for messages to a console of {@code console}'s encoding, or to a file (null). */
  static Charset of(Charset console) {
    if (console == null || console.equals(StandardCharsets.US_ASCII)) {
      return StandardCharsets.UTF_8;
    }
    return console;
  }
}
