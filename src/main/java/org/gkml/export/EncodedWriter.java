package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes text to a stream in UTF-8, and text it already holds the bytes of as those bytes. A build
 * writes the same pieces (a page's style sheet and script, the rendered cells of an item's row)
 * into thousands of pages; encoding their Chinese text again for each page was a fifth of writing a
 * page. The pieces are recognised by identity: only the very string objects whose bytes were handed
 * over are written from them, so the output is the text's UTF-8, whatever is written.
 *
 * <p>Not thread-safe; {@link #close} flushes but leaves the stream open.
 */
final class EncodedWriter extends Writer {
  /** Text buffered before it is encoded in one go. */
  private static final int CHUNK = 8192;

  private final OutputStream out;
  private final Map<String, byte[]> encoded;
  private final StringBuilder pending = new StringBuilder(CHUNK + 16);

  /**
   * @param encoded the UTF-8 of pieces of text by identity (an {@link java.util.IdentityHashMap})
   */
  EncodedWriter(OutputStream out, Map<String, byte[]> encoded) {
    this.out = out;
    this.encoded = encoded;
  }

  @Override
  public void write(String text) throws IOException {
    byte[] bytes = encoded.get(text);
    if (bytes != null) {
      encodePending(true);
      out.write(bytes);
    } else {
      pending.append(text);
      encodePending(false);
    }
  }

  @Override
  public Writer append(CharSequence text) throws IOException {
    if (text instanceof String s) {
      write(s);
    } else {
      pending.append(text);
      encodePending(false);
    }
    return this;
  }

  @Override
  public void write(String text, int off, int len) throws IOException {
    pending.append(text, off, off + len);
    encodePending(false);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    pending.append(chars, off, len);
    encodePending(false);
  }

  @Override
  public void write(int c) throws IOException {
    pending.append((char) c);
    encodePending(false);
  }

  /**
   * Encodes the buffered text once there is a chunk of it (or all of it, {@code all}); a high
   * surrogate at the end waits for its pair.
   */
  private void encodePending(boolean all) throws IOException {
    int n = pending.length();
    if (n == 0 || (!all && n < CHUNK)) {
      return;
    }
    if (Character.isHighSurrogate(pending.charAt(n - 1)) && !all) {
      n--;
    }
    out.write(pending.substring(0, n).getBytes(StandardCharsets.UTF_8));
    pending.delete(0, n);
  }

  @Override
  public void flush() throws IOException {
    encodePending(true);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
