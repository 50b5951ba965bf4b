package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A region's workbook as {@code gkml export xlsx --region} writes it, edited as a user would. */
final class EditedRegionWorkbook {
  private EditedRegionWorkbook() {}

  /** Exports the workbook of {@code region} of {@code root} to {@code xlsx}, then edits it. */
  static Path of(Path root, String region, Path xlsx, Consumer<XSSFWorkbook> edit)
      throws IOException {
    CliRun export =
        CliRun.of(
            "export", "xlsx", "--root", root.toString(), "--region", region, "-o", xlsx.toString());
    assertThat(export.code()).as(export.err()).isZero();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      edit.accept(book);
      try (OutputStream o = Files.newOutputStream(xlsx)) {
        book.write(o);
      }
    }
    return xlsx;
  }
}
