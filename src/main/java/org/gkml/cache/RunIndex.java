package org.gkml.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stored run knew of each file, beside its entry ({@code index-KEY.bin}): the file's digest
 * and its overlay summary (ChangedOverlays), in the run's file order. Binary, as the stat index: a
 * province's index as JSON took a tenth of a second to write and more to read.
 *
 * @param digests {@link TreeContents#DIGEST_BYTES} bytes a file
 * @param summaries one a file
 */
record RunIndex(byte[] digests, List<String> summaries) {
  private static final long MAGIC = 0x676b6d6c52554e32L; // "gkmlRUN2"

  /** The index as stored for the entry {@code key}. */
  byte[] write(String key) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(digests.length * 3 + 256);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeLong(MAGIC);
      out.writeUTF(TreeContents.FORMAT);
      out.writeUTF(key);
      out.writeInt(summaries.size());
      out.write(digests);
      for (String s : summaries) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // (not from a byte array)
    }
  }

  /** The index stored for {@code key}, or null when {@code all} is not that. */
  static RunIndex read(byte[] all, String key) {
    try {
      ByteBuffer in = ByteBuffer.wrap(all);
      if (in.getLong() != MAGIC
          || !TreeContents.FORMAT.equals(utf(in, all))
          || !key.equals(utf(in, all))) {
        return null;
      }
      int n = in.getInt();
      int d = TreeContents.DIGEST_BYTES;
      if (n < 0 || n > in.remaining() / (d + 4)) {
        return null;
      }
      byte[] digests = new byte[n * d];
      in.get(digests);
      List<String> summaries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
          return null;
        }
        summaries.add(new String(all, in.position(), length, StandardCharsets.UTF_8));
        in.position(in.position() + length);
      }
      return in.hasRemaining() ? null : new RunIndex(digests, summaries);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return null;
    }
  }

  /** A string as DataOutputStream.writeUTF wrote it (ASCII here: a format name and a key). */
  private static String utf(ByteBuffer in, byte[] all) {
    int length = in.getShort() & 0xffff;
    if (length > in.remaining()) {
      throw new BufferUnderflowException();
    }
    String s = new String(all, in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }
}
