package org.gkml.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The workbook the exporter fills: POI's streaming workbook that generates each sheet's rows while
 * the file is written, straight into the zip, with what a build of tens of thousands of workbooks
 * would otherwise pay for each one taken out (measured: docs/benchmarks.md, "build"):
 *
 * <ul>
 *   <li>no temporary file per sheet, and no compressing the rows twice (SXSSF's default);
 *   <li>the file can be compressed at a faster deflate level ({@link ExcelOptions.Compression});
 *   <li>the template POI writes first (every part but the rows) stays in memory, uncompressed, as
 *       it is read back at once, and is copied into the file in bulk;
 *   <li>closing does not save the in-memory package a second time;
 *   <li>a sheet's rows can end with bytes POI wrote for the same rows in an earlier workbook (see
 *       {@link SharedRows}).
 * </ul>
 */
final class StreamedWorkbook extends DeferredSXSSFWorkbook {
  /** Sheets whose part is, but for their first rows, what POI wrote for an earlier workbook. */
  private final Map<SXSSFSheet, WrittenSheet> written = new HashMap<>();

  /** Sheets whose part is recorded as it is written, for later workbooks. */
  private final Map<SXSSFSheet, Recording> recordings = new HashMap<>();

  private final int deflateLevel;

  /** The modification time of every entry of the file (see {@link PackageDates}). */
  private final long entryTime;

  /**
   * @param deflateLevel the zip's compression level, 0 to 9 or {@link Deflater#DEFAULT_COMPRESSION}
   */
  StreamedWorkbook(int rowWindow, int deflateLevel, long entryTime) {
    super(null, rowWindow);
    this.deflateLevel = deflateLevel;
    this.entryTime = entryTime;
    // every sheet states its dimension itself: its rows do not exist yet when POI would derive it
    setShouldCalculateSheetDimensions(false);
  }

  /**
   * Writes the file as {@link #writeAvoidingTempFiles} does: POI writes every part but the rows
   * (the template), then each part is copied into the file and each sheet's rows are generated into
   * its {@code <sheetData/>}. Unlike there, the template is stored rather than compressed, as it is
   * read back at once; its parts are copied in the order POI wrote them ({@code
   * [Content_Types].xml} first, as tools that sniff file types expect; POI's in-memory reader hands
   * them out in hash order); and a sheet's template is copied in bulk around its rows, where POI's
   * copy decodes and encodes it a character at a time (a quarter of each workbook's time, measured
   * with C1).
   */
  @Override
  public void write(OutputStream out) throws IOException {
    flushSheets();
    UnsynchronizedByteArrayOutputStream bytes = UnsynchronizedByteArrayOutputStream.builder().get();
    try (ZipArchiveOutputStream template = new ZipArchiveOutputStream(bytes)) {
      template.setLevel(Deflater.NO_COMPRESSION);
      getXSSFWorkbook().write(template);
    }
    try (ZipFile template = ZipFile.builder().setByteArray(bytes.toByteArray()).get()) {
      ZipArchiveOutputStream zip = createArchiveOutputStream(out);
      for (ZipArchiveEntry part : Collections.list(template.getEntries())) {
        ZipArchiveEntry copy = new ZipArchiveEntry(part.getName());
        if (part.getSize() >= 0) {
          copy.setSize(part.getSize());
        }
        copy.setTime(entryTime); // not POI's clock: the same catalogue gives the same bytes
        zip.putArchiveEntry(copy);
        try (InputStream in = template.getInputStream(part)) {
          XSSFSheet sheet = getSheetFromZipEntryName(part.getName());
          if (sheet == null) {
            in.transferTo(zip);
          } else {
            writeSheet(in.readAllBytes(), getSheet(sheet.getSheetName()), zip);
          }
        }
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
  }

  private static final byte[] EMPTY_ROWS = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROWS_START = "<sheetData>\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROWS_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

  /**
   * What POI wrote for a sheet that a later workbook prints alike, but for its first rows: the
   * part's text before its rows ({@code head}: dimension, panes, columns), the rows after the ones
   * the later workbook generates itself, and the text after them ({@code tail}: merges, data
   * validations, print settings). Never modified once made.
   */
  record WrittenSheet(byte[] head, byte[] rows, byte[] tail) {
    long size() {
      return (long) head.length + rows.length + tail.length;
    }
  }

  /** A sheet's part: its template with the rows in place of the empty {@code <sheetData/>}. */
  private void writeSheet(byte[] template, SXSSFSheet sheet, OutputStream zip) throws IOException {
    DeferredSXSSFSheet deferred = (DeferredSXSSFSheet) sheet;
    WrittenSheet earlier = written.get(sheet);
    if (earlier != null) {
      // the template POI wrote now is that of a sheet left bare: the earlier one is the part
      zip.write(earlier.head());
      zip.write(ROWS_START);
      deferred.writeRows(zip);
      zip.write(earlier.rows());
      zip.write(ROWS_END);
      zip.write(earlier.tail());
      return;
    }
    int at = indexOf(template, EMPTY_ROWS);
    if (at < 0) {
      throw new IllegalStateException("no <sheetData/> in the template of " + sheet.getSheetName());
    }
    int after = at + EMPTY_ROWS.length;
    zip.write(template, 0, at);
    zip.write(ROWS_START);
    Recording recording = recordings.get(sheet);
    if (recording != null) {
      deferred.writeRows(recording.on(zip));
      recording.finish(
          Arrays.copyOfRange(template, 0, at),
          Arrays.copyOfRange(template, after, template.length));
    } else {
      createSheetInjector(sheet).writeSheetData(zip);
    }
    zip.write(ROWS_END);
    zip.write(template, after, template.length - after);
  }

  private static int indexOf(byte[] text, byte[] word) {
    outer:
    for (int i = 0; i + word.length <= text.length; i++) {
      for (int k = 0; k < word.length; k++) {
        if (text[i + k] != word[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Makes {@code sheet}'s part {@code earlier}, what POI wrote for the very same sheet in an
   * earlier workbook, with the rows its generator creates before {@code earlier}'s rows. The sheet
   * itself is left bare (no columns, merges, validations or print settings): they are in {@code
   * earlier}.
   */
  void reuse(SXSSFSheet sheet, WrittenSheet earlier) {
    written.put(sheet, earlier);
  }

  /**
   * Records the part POI writes for {@code sheet}, its rows from the generator's call of {@link
   * #startRecording} on, and hands it to {@code sink} once the sheet is written; sheets of more
   * than {@code limit} bytes of rows are not recorded.
   */
  void record(SXSSFSheet sheet, int limit, Consumer<WrittenSheet> sink) {
    recordings.put(sheet, new Recording(limit, sink));
  }

  /**
   * Called by a recorded sheet's row generator: the rows generated so far are written out, and what
   * POI writes from here on is recorded.
   */
  void startRecording(SXSSFSheet sheet) throws IOException {
    sheet.flushRows(0);
    sheet.flushBufferedData();
    recordings.get(sheet).start();
  }

  /** A sheet's rows as they pass into the file, once its generator says so. */
  private static final class Recording extends FilterOutputStream {
    private final int limit;
    private final Consumer<WrittenSheet> sink;
    private UnsynchronizedByteArrayOutputStream bytes;

    Recording(int limit, Consumer<WrittenSheet> sink) {
      super(null);
      this.limit = limit;
      this.sink = sink;
    }

    OutputStream on(OutputStream file) {
      out = file;
      return this;
    }

    void start() {
      bytes = UnsynchronizedByteArrayOutputStream.builder().get();
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

    /** Whether to record {@code len} more bytes; past the limit the sheet is not recorded. */
    private boolean keep(int len) {
      if (bytes != null && bytes.size() + len > limit) {
        bytes = null;
      }
      return bytes != null;
    }

    void finish(byte[] head, byte[] tail) {
      if (bytes != null) {
        sink.accept(new WrittenSheet(head, bytes.toByteArray(), tail));
        bytes = null;
      }
    }
  }

  /**
   * A plain zip stream: SXSSF's default (POI's own Zip64 stream, {@code Zip64Mode.Always}) writes
   * every entry's date as 0, shown as 1980-00-00 by {@code unzip -l}, whatever the entry says; a
   * workbook is far below zip's 4 GB limit, so no Zip64 record is needed either.
   */
  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
    zip.setUseZip64(Zip64Mode.AsNeeded);
    zip.setLevel(deflateLevel);
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
