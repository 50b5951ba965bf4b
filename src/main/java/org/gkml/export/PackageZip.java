package org.gkml.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collections;
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
    UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
    saver.save(bytes);
    long time = PackageDates.zipEntryTime(date);
    try (ZipFile saved = ZipFile.builder().setByteArray(bytes.toByteArray()).get()) {
      ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
      for (ZipArchiveEntry part : Collections.list(saved.getEntriesInPhysicalOrder())) {
        ZipArchiveEntry copy = new ZipArchiveEntry(part.getName());
        copy.setMethod(part.getMethod());
        copy.setCrc(part.getCrc());
        copy.setSize(part.getSize());
        copy.setCompressedSize(part.getCompressedSize());
        copy.setTime(time);
        try (InputStream raw = saved.getRawInputStream(part)) {
          zip.addRawArchiveEntry(copy, raw);
        }
      }
      zip.finish();
    }
  }
}
