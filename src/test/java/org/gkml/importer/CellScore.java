package org.gkml.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores imported rows against an {@code expected.csv} of {@code reference/tables}: the share of
 * the ten cells per expected row (level1 … tiers) that the import reads the same, after NFKC (the
 * stored copies are NFKC-normalised, see the tables' README). Rows are paired in order; a missing
 * row scores nothing and an extra row costs ten cells, so no miscount hides. Three item levels
 * compare as {@code 二级/三级} in level2, as the README's convention says.
 */
final class CellScore {
  static final List<String> FIELDS =
      List.of(
          "level1",
          "level2",
          "content",
          "basis",
          "deadline",
          "owner",
          "channels",
          "audience",
          "mode",
          "tiers");

  /** Right cells, all cells, and a line per wrong cell. */
  record Score(int right, int total, List<String> wrong) {
    double share() {
      return total == 0 ? 1.0 : (double) right / total;
    }
  }

  private CellScore() {}

  static List<List<String>> expected(Path csv) throws IOException {
    String text =
        Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.startsWith("#"))
            .collect(Collectors.joining("\n"));
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(text))) {
      List<String> row = new ArrayList<>();
      for (String f : FIELDS) {
        row.add(r.get(f));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<String> actual(ImportedRow r) {
    String level2 = nz(r.level2());
    if (r.level3() != null) {
      level2 = level2.isEmpty() ? r.level3() : level2 + "/" + r.level3();
    }
    return List.of(
        nz(r.level1()),
        level2,
        nz(r.content()),
        nz(r.basis()),
        nz(r.deadline()),
        nz(r.owner()),
        String.join("|", r.channels()),
        r.audience(),
        r.mode(),
        String.join("|", r.tiers()));
  }

  static Score score(List<List<String>> expected, List<ImportedRow> rows) {
    int right = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    int n = Math.max(expected.size(), rows.size());
    for (int i = 0; i < n; i++) {
      List<String> want = i < expected.size() ? expected.get(i) : null;
      List<String> got = i < rows.size() ? actual(rows.get(i)) : null;
      for (int f = 0; f < FIELDS.size(); f++) {
        total++;
        String w = want == null ? null : nfkc(want.get(f));
        String g = got == null ? null : nfkc(got.get(f));
        if (w != null && w.equals(g)) {
          right++;
        } else {
          wrong.add(
              "row " + (i + 1) + " " + FIELDS.get(f) + ": expected [" + w + "] got [" + g + "]");
        }
      }
    }
    return new Score(right, total, wrong);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replace("\r\n", "\n").strip();
  }
}
