package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

/**
 * The workbook the exporter fills: POI's streaming workbook that generates each sheet's rows while
 * the file is written, straight into the zip, with what a build of tens of thousands of workbooks
 * would otherwise pay for each one taken out (measured: docs/benchmarks.md, "build"):
 *
 * <ul>
 *   <li>no temporary file per sheet, and no compressing the rows twice (SXSSF's default);
 *   <li>the file is compressed at the fastest deflate level;
 *   <li>the template POI writes first (every part but the rows) stays in memory, uncompressed, as
 *       it is read back at once;
 *   <li>closing does not save the in-memory package a second time.
 * </ul>
 */
final class StreamedWorkbook extends DeferredSXSSFWorkbook {

  StreamedWorkbook(int rowWindow) {
    super(null, rowWindow);
    // every sheet states its dimension itself: its rows do not exist yet when POI would derive it
    setShouldCalculateSheetDimensions(false);
  }

  /**
   * As {@link #writeAvoidingTempFiles}, but the template is stored rather than compressed, and read
   * back in the order POI wrote its parts ({@code [Content_Types].xml} first, as tools that sniff
   * file types expect; the in-memory reader POI uses there hands them out in hash order).
   */
  @Override
  public void write(OutputStream out) throws IOException {
    flushSheets();
    UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
    try (ZipArchiveOutputStream template = new ZipArchiveOutputStream(bytes)) {
      template.setLevel(Deflater.NO_COMPRESSION);
      getXSSFWorkbook().write(template);
    }
    try (ZipFile zip =
            ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes.toByteArray()))
                .get();
        ZipFileZipEntrySource template = new ZipFileZipEntrySource(zip)) {
      injectData(template, out);
    }
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }

  /**
   * Releases the workbook without saving it: a new workbook's package lives in memory, and POI's
   * close would write it out once more, to a buffer nobody reads. Rows are generated straight into
   * the file, so there are no temporary files to remove.
   */
  @Override
  public void close() {
    getXSSFWorkbook().getPackage().revert();
  }
}
