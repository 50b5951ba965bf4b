package org.gkml.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import org.gkml.error.GkmlException;

/**
 * The one way gkml reads an input's bytes: regular files only, at most a limit, whatever size the
 * file system or an archive reports. A pipe, a device or a folder named as an input is refused
 * before it is opened (opening a FIFO blocks until a writer comes; {@code /dev/zero} never ends); a
 * file over the limit is refused unread, and one that grows past what it said while being read is
 * refused at limit + 1 bytes, so no input can take more memory than the limit.
 *
 * <p>A usual file costs four system calls: one stat (its type and size), open, one read asking for
 * a byte more than the size, close. A read that stops at the size the stat gave has read it all: no
 * second read to meet the end (on a province tree, a third of the system calls were such probes).
 * The read goes into a direct buffer kept per thread, so the JDK copies nothing on the way.
 *
 * <p>Between the stat and the open a file could be swapped for a FIFO by someone who can write to
 * the catalogue folder; gkml does not defend against that (Java cannot open a file without blocking
 * on a FIFO). A file the walk of a tree has just seen as regular is therefore opened on the walk's
 * stat, with none of its own ({@link #read(Path, BasicFileAttributes)}): the window is wider, the
 * defence the same, and a province tree's 51,000 reads cost a system call less each.
 */
public final class BoundedInput {
  /** Larger catalogue files are refused unread: no real catalogue comes near it. */
  public static final long MAX_BYTES = 8L << 20;

  /** Room for nearly every catalogue file in one read; larger ones take a buffer of their own. */
  private static final int READ_BUFFER = 64 << 10;

  private static final ThreadLocal<ByteBuffer> READ_BUFFERS =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(READ_BUFFER));

  private BoundedInput() {}

  /** Why an input was not read. */
  public enum Why {
    /** A pipe, a device, a socket or a folder where a file was expected. */
    NOT_REGULAR,
    /** More bytes than the limit. */
    TOO_LARGE
  }

  /**
   * An input refused before or while reading it. An {@link IOException}, so that callers that
   * report "cannot read" keep working; those that can say more look at {@link #why}.
   */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final Why why;
    private final long limit;

    Refused(Why why, long limit) {
      // the key of the words users see ({@link #failure}, {@link #findingKey} say it in their
      // language), as GkmlException's message is
      super(why == Why.TOO_LARGE ? "input.tooLarge" : "input.notRegular");
      this.why = why;
      this.limit = limit;
    }

    public Why why() {
      return why;
    }

    /** The limit in whole megabytes, for messages. */
    public long limitMegabytes() {
      return limit >> 20;
    }

    /** The message key of a finding about the refused file (the finding names the file). */
    public String findingKey() {
      return why == Why.TOO_LARGE ? "load.tooLarge" : "load.notRegular";
    }

    /** The one-line failure (exit 2) of a command that needs the refused input {@code display}. */
    public GkmlException failure(Object display) {
      return why == Why.TOO_LARGE
          ? GkmlException.usage("input.tooLarge", display, limitMegabytes())
          : GkmlException.usage("input.notRegular", display);
    }
  }

  /** A regular file of at most {@link #MAX_BYTES}. */
  public static byte[] read(Path path) throws IOException {
    return read(path, MAX_BYTES);
  }

  /** A regular file of at most {@code limit} bytes (no more than {@link Integer#MAX_VALUE} - 8). */
  public static byte[] read(Path path, long limit) throws IOException {
    return readSized(path, requireRegular(path, limit).size(), limit);
  }

  /**
   * A file of at most {@link #MAX_BYTES} that the caller's walk has just seen, without links
   * followed, as {@code walked}: when that says a regular file, it is opened without a stat of its
   * own (one system call in four of a tree's reads; the walk's stat stands for it as the class
   * comment says), else read as {@link #read(Path)} reads it.
   */
  public static byte[] read(Path path, BasicFileAttributes walked) throws IOException {
    if (walked == null || !walked.isRegularFile()) {
      return read(path);
    }
    if (walked.size() > MAX_BYTES) {
      throw new Refused(Why.TOO_LARGE, MAX_BYTES);
    }
    return readSized(path, walked.size(), MAX_BYTES);
  }

  /** A regular file that said it has {@code said} bytes, at most {@code limit}. */
  private static byte[] readSized(Path path, long said, long limit) throws IOException {
    try (FileChannel in = FileChannel.open(path)) {
      int size = (int) said;
      ByteBuffer buffer =
          size < READ_BUFFER ? READ_BUFFERS.get().clear() : ByteBuffer.allocate(size + 1);
      // at most READ_BUFFER a read: a channel reads a heap buffer through a temporary direct one
      // as large as the read, which for a big file can exhaust direct memory inside the JDK, where
      // the out-of-memory error is lost behind an internal one
      while (buffer.position() < size + 1) {
        buffer.limit(Math.min(size + 1, buffer.position() + READ_BUFFER));
        if (in.read(buffer) < 0 || buffer.position() == size) {
          break; // the end, or all the file said it had: a regular file reads no shorter
        }
      }
      byte[] head = bytesOf(buffer.flip());
      if (head.length <= size) {
        return head;
      }
      // it has more than it said (a file under /proc says 0, a log grows): the rest, bounded
      byte[] rest = read(Channels.newInputStream(in), limit - head.length);
      byte[] all = Arrays.copyOf(head, head.length + rest.length);
      System.arraycopy(rest, 0, all, head.length, rest.length);
      return all;
    } catch (Refused r) {
      throw new Refused(Why.TOO_LARGE, limit); // the rest's limit is not the file's
    }
  }

  /**
   * The attributes of a regular file of at most {@code limit} bytes by its size, following links;
   * for inputs that a library opens itself (a workbook), after which it must bound what it reads.
   */
  public static BasicFileAttributes requireRegular(Path path, long limit) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attrs.isRegularFile()) {
      throw new Refused(Why.NOT_REGULAR, limit);
    }
    if (attrs.size() > limit) {
      throw new Refused(Why.TOO_LARGE, limit);
    }
    return attrs;
  }

  /**
   * At most {@code limit} bytes of a stream (a git blob, the rest of a file), asking for one more
   * to tell a stream of exactly the limit from a longer one.
   */
  public static byte[] read(InputStream in, long limit) throws IOException {
    int max = (int) Math.min(limit, Integer.MAX_VALUE - 9);
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new Refused(Why.TOO_LARGE, limit);
    }
    return bytes;
  }

  /**
   * A regular file of at most {@link #MAX_BYTES} as text: UTF-8, with or without a BOM (which is
   * dropped); other bytes are a {@link CharacterCodingException}.
   */
  public static String readText(Path path) throws IOException {
    return readText(path, MAX_BYTES);
  }

  /** A regular file of at most {@code limit} bytes as text, as {@link #readText(Path)} reads it. */
  public static String readText(Path path, long limit) throws IOException {
    TextDecoder.Decoded decoded = TextDecoder.decode(read(path, limit));
    if (decoded instanceof TextDecoder.Decoded.Text text) {
      return text.text();
    }
    throw new CharacterCodingException();
  }

  private static byte[] bytesOf(ByteBuffer filled) {
    byte[] bytes = new byte[filled.remaining()];
    filled.get(bytes);
    return bytes;
  }
}
