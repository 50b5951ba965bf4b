package org.gkml.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;

/**
 * Why a file could not be written or read, in the user's language: the one place that turns an
 * {@link IOException} into a reason (no such folder, not a folder, a folder, permission denied,
 * read-only file system, disk full; otherwise the system's own text). Java's exceptions name the
 * file the system call failed on (often a temporary file beside the output) and say why only in
 * English, if at all ({@code NoSuchFileException: /proc/x.json}); so the reason is found by looking
 * at the user's path where the exception type does not tell, and never names the temporary file.
 */
public final class IoReason {
  private IoReason() {}

  /** The usage error for an output that could not be written: the user's path and why. */
  public static GkmlException cannotWrite(Path target, IOException e) {
    return cannotWrite(target, target, e);
  }

  /**
   * The usage error for an output that could not be written, shown as {@code shown} (the path as
   * the user wrote it), {@code target} being the file gkml tried to write.
   */
  public static GkmlException cannotWrite(Object shown, Path target, IOException e) {
    return new GkmlException(e, ExitCode.USAGE, "cli.cannotWrite", shown, writing(target, e));
  }

  /**
   * The usage error for an output folder (a build, a filing bundle) that could not be written: that
   * it is a folder is no reason.
   */
  public static GkmlException cannotWriteFolder(Path folder, IOException e) {
    return new GkmlException(
        e, ExitCode.USAGE, "cli.cannotWrite", folder, of(folder, e, true, true));
  }

  /** Why writing the file {@code target} failed with {@code e}. */
  public static Messages.Text writing(Path target, IOException e) {
    return of(target, e, true, false);
  }

  /**
   * Why writing a stream that is no file of gkml's (standard output) failed with {@code e}: only
   * what the error says, as there is no path to look at.
   */
  public static Messages.Text writingStream(IOException e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("no space left") || text.contains("quota exceeded")) {
      return new Messages.Text("io.reason.diskFull");
    }
    if (text.contains("read-only file system")) {
      return new Messages.Text("io.reason.readOnly");
    }
    if (e instanceof AccessDeniedException || text.contains("permission denied")) {
      return new Messages.Text("io.reason.denied");
    }
    if (isClosedPipe(e)) {
      return new Messages.Text("io.reason.closed");
    }
    if (text.contains("bad file descriptor")) {
      return new Messages.Text("io.reason.notOpen"); // run with >&-
    }
    return system(e);
  }

  /**
   * Whether writing to a stream failed because its reader went away ({@code gkml ... | head -1}):
   * the reader chose to stop, the output it took was whole as far as it went.
   */
  public static boolean isClosedPipe(IOException e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return text.contains("broken pipe")
        || text.contains("pipe is being closed") // Windows
        || text.contains("pipe has been ended");
  }

  /** Why reading the file {@code target} failed with {@code e}. */
  public static Messages.Text reading(Path target, IOException e) {
    return of(target, e, false, false);
  }

  private static Messages.Text of(Path target, IOException e, boolean writing, boolean folder) {
    if (e instanceof InterruptedIOException) {
      return new Messages.Text("io.reason.interrupted"); // Ctrl-C during a commit, rolled back
    }
    Path abs;
    try {
      abs = target.toAbsolutePath().normalize();
    } catch (RuntimeException unusable) {
      return system(e);
    }
    if (!folder && Files.isDirectory(abs)) {
      return new Messages.Text("io.reason.isFolder");
    }
    // the nearest part of the path that exists: a file there means a folder was expected
    Path parent = abs.getParent();
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      return new Messages.Text("io.reason.notFolder", existing);
    }
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (writing && (text.contains("read-only file system") || readOnly(existing))) {
      return new Messages.Text("io.reason.readOnly");
    }
    if (!writing && e instanceof CharacterCodingException) {
      return new Messages.Text("io.reason.notUtf8");
    }
    if (e instanceof AccessDeniedException
        || text.contains("permission denied")
        || text.contains("operation not permitted")) {
      return new Messages.Text("io.reason.denied");
    }
    if (writing && (text.contains("no space left") || text.contains("quota exceeded"))) {
      return new Messages.Text("io.reason.diskFull");
    }
    if (e instanceof NoSuchFileException) {
      return parent != null && !parent.equals(existing)
          ? new Messages.Text("io.reason.noFolder", parent)
          : new Messages.Text("io.reason.noFile");
    }
    return system(e);
  }

  private static boolean readOnly(Path existing) {
    if (existing == null) {
      return false;
    }
    try {
      return Files.getFileStore(existing).isReadOnly();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The system's own words, without the file names Java puts around them. */
  private static Messages.Text system(IOException e) {
    String reason =
        e instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage();
    if (e instanceof FileSystemException f && reason != null && reason.equals(f.getMessage())) {
      reason = null; // a bare file name says nothing
    }
    return new Messages.Text(
        "io.reason.system", reason == null ? e.getClass().getSimpleName() : reason);
  }
}
