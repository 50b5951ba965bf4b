package org.gkml.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;

/**
 * Writes an Office package that POI saves (a workbook or a Word document) with every zip entry
 * dated from the printed date rather than POI's clock, so the same content gives the same bytes.
 * The entries' compressed data are copied as they are, not compressed again.
 */
public final class PackageZip {
  private PackageZip() {}

  /** What saves a package to a stream. */
  @FunctionalInterface
  public interface Saver {
    void save(OutputStream out) throws IOException;
  }

  /** Saves the package with {@code saver} and writes it to {@code out} (left open). */
  public static void write(Saver saver, LocalDate date, OutputStream out) throws IOException {
    write(saver, date, out, Map.of(), Deflater.DEFAULT_COMPRESSION);
  }

  /**
   * As {@link #write(Saver, LocalDate, OutputStream)}, with the parts named in {@code replaced} (by
   * zip entry name, e.g. {@code word/document.xml}) holding the given bytes instead of what POI
   * saved for them, in the same place of the file: the Word exporter streams its document text
   * itself and lets POI write the rest of the package.
   *
   * @param level the deflate level of the replaced parts (0 to 9 or {@link
   *     Deflater#DEFAULT_COMPRESSION})
   */
  public static void write(
      Saver saver, LocalDate date, OutputStream out, Map<String, byte[]> replaced, int level)
      throws IOException {
    write(saver, date, out, replaced, level, Set.of(), Map.of());
  }

  /**
   * A part as POI saved it into a package: its entry's method, checksum and sizes and its
   * compressed data. The same text saved again gives the same entry.
   */
  public record SavedPart(int method, long crc, long size, long compressedSize, byte[] data) {}

  /**
   * As {@link #write(Saver, LocalDate, OutputStream, Map, int)}, with the parts named in {@code
   * keep} copied from {@code kept} instead of from what POI saved now, and put there (as saved now)
   * when not there yet: parts that are the same in every package of an exporter (a document's
   * styles) are then saved in full once and copied into each file as they were saved.
   *
   * @param kept the parts kept so far, by entry name (a thread-safe map when shared)
   */
  public static void write(
      Saver saver,
      LocalDate date,
      OutputStream out,
      Map<String, byte[]> replaced,
      int level,
      Set<String> keep,
      Map<String, SavedPart> kept)
      throws IOException {
    UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
    saver.save(bytes);
    long time = PackageDates.zipEntryTime(date);
    try (ZipFile saved = ZipFile.builder().setByteArray(bytes.toByteArray()).get()) {
      ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
      zip.setLevel(level);
      for (ZipArchiveEntry part : Collections.list(saved.getEntriesInPhysicalOrder())) {
        byte[] own = replaced.get(part.getName());
        if (own != null) {
          ZipArchiveEntry entry = new ZipArchiveEntry(part.getName());
          entry.setMethod(ZipArchiveEntry.DEFLATED);
          entry.setTime(time);
          zip.putArchiveEntry(entry);
          zip.write(own);
          zip.closeArchiveEntry();
          continue;
        }
        ZipArchiveEntry copy = new ZipArchiveEntry(part.getName());
        copy.setTime(time);
        SavedPart earlier = keep.contains(part.getName()) ? kept.get(part.getName()) : null;
        if (earlier != null) {
          copy.setMethod(earlier.method());
          copy.setCrc(earlier.crc());
          copy.setSize(earlier.size());
          copy.setCompressedSize(earlier.compressedSize());
          zip.addRawArchiveEntry(copy, new ByteArrayInputStream(earlier.data()));
          continue;
        }
        copy.setMethod(part.getMethod());
        copy.setCrc(part.getCrc());
        copy.setSize(part.getSize());
        copy.setCompressedSize(part.getCompressedSize());
        try (InputStream raw = saved.getRawInputStream(part)) {
          if (keep.contains(part.getName())) {
            byte[] data = raw.readAllBytes();
            kept.putIfAbsent(
                part.getName(),
                new SavedPart(
                    part.getMethod(),
                    part.getCrc(),
                    part.getSize(),
                    part.getCompressedSize(),
                    data));
            zip.addRawArchiveEntry(copy, new ByteArrayInputStream(data));
          } else {
            zip.addRawArchiveEntry(copy, raw);
          }
        }
      }
      zip.finish();
    }
  }
}
