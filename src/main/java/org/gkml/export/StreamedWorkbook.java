package org.gkml.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

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
 *   <li>closing does not save the in-memory package a second time;
 *   <li>a sheet's rows can end with bytes POI wrote for the same rows in an earlier workbook (see
 *       {@link SharedRows}).
 * </ul>
 */
final class StreamedWorkbook extends DeferredSXSSFWorkbook {
  /** Sheets whose last rows are bytes POI wrote for the same rows in an earlier workbook. */
  private final Map<SXSSFSheet, byte[]> writtenRows = new HashMap<>();

  /** Sheets whose last rows are recorded as they are written, for later workbooks. */
  private final Map<SXSSFSheet, Recording> recordings = new HashMap<>();

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

  /**
   * Ends {@code sheet} with {@code rows}, the bytes POI wrote for the very same rows in an earlier
   * workbook, after the rows its generator creates.
   */
  void appendWrittenRows(SXSSFSheet sheet, byte[] rows) {
    writtenRows.put(sheet, rows);
  }

  /**
   * Records the bytes POI writes for {@code sheet}'s rows from the generator's call of {@link
   * #startRecording} on, and hands them to {@code sink} once the sheet is written; sheets of more
   * than {@code limit} bytes are not recorded.
   */
  void recordRows(SXSSFSheet sheet, int limit, Consumer<byte[]> sink) {
    recordings.put(sheet, new Recording(limit, sink));
  }

  /**
   * Called by a recorded sheet's row generator: the rows generated so far are written out, and what
   * POI writes from here on is recorded.
   */
  void startRecording(SXSSFSheet sheet) throws IOException {
    sheet.flushRows(0);
    sheet.flushBufferedData();
    recordings.get(sheet).recording = true;
  }

  @Override
  protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
    DeferredSXSSFSheet deferred = (DeferredSXSSFSheet) sheet;
    byte[] rows = writtenRows.get(sheet);
    if (rows != null) {
      return out -> {
        deferred.writeRows(out);
        out.write(rows);
      };
    }
    Recording recording = recordings.get(sheet);
    if (recording != null) {
      return out -> {
        deferred.writeRows(recording.on(out));
        recording.finish();
      };
    }
    return super.createSheetInjector(sheet);
  }

  /** A sheet's rows as they pass into the file, once its generator says so. */
  private static final class Recording extends FilterOutputStream {
    private final int limit;
    private final Consumer<byte[]> sink;
    private final UnsynchronizedByteArrayOutputStream bytes =
        UnsynchronizedByteArrayOutputStream.builder().get();
    private boolean recording;
    private boolean overflow;

    Recording(int limit, Consumer<byte[]> sink) {
      super(null);
      this.limit = limit;
      this.sink = sink;
    }

    OutputStream on(OutputStream file) {
      out = file;
      return this;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      if (keep(1)) {
        bytes.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      if (keep(len)) {
        bytes.write(b, off, len);
      }
    }

    private boolean keep(int len) {
      if (recording && !overflow && bytes.size() + len > limit) {
        overflow = true;
        bytes.reset();
      }
      return recording && !overflow;
    }

    void finish() {
      if (recording && !overflow) {
        sink.accept(bytes.toByteArray());
      }
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
