package org.gkml.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;

/**
 * The rows of a region register ({@code regions.csv}, FORMAT.md §3) from its text (already decoded,
 * without a BOM): the header line {@code code,name} (checked: {@link RegisterHeader}), then one
 * region per row, code first. Line endings may be LF, CRLF or CR alone; each row knows the line it
 * starts on.
 */
public final class RegisterCsv {
  // the header is read as a row and checked against FORMAT.md §2 (RegisterHeader): a header the
  // parser maps by name let a misspelt or missing column read as an empty one
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).build();

  /** The longest stretch of a header line a message quotes. */
  private static final int QUOTED = 60;

  private RegisterCsv() {}

  /** One row as written: the line it starts on, its code and name ("" when missing). */
  public record Row(int line, String code, String name) {
    /**
     * What a finding about this row is about (see {@code Loc#about()}): {@code row/} and its code,
     * which inserting rows elsewhere does not change; a row without a code, by its name.
     */
    public String subject() {
      return subject(code, name);
    }

    /** The subject of the row with {@code code} and {@code name}. */
    public static String subject(String code, String name) {
      String c = code.strip();
      return c.isEmpty() ? "row/," + name.strip() : "row/" + c;
    }
  }

  /** A register that is not well-formed CSV: where, and the message key that says what is wrong. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    Malformed(int line, String reasonKey) {
      super(reasonKey);
      this.line = line;
    }

    public int line() {
      return line;
    }

    /** The message key of the reason, in the user's language (the parser's words are not). */
    public String reasonKey() {
      return getMessage();
    }
  }

  /** A register as read: the regions whose rows are valid, and a finding for every problem. */
  public record Read(Map<RegionCode, String> register, List<Finding> findings) {
    public Read {
      register = Map.copyOf(register);
      findings = List.copyOf(findings);
    }

    /** The first problem validate would report as an error, if any. */
    public java.util.Optional<Finding> firstError() {
      return findings.stream().filter(Finding::isError).findFirst();
    }
  }

  /**
   * The register from the bytes of {@code file}, the one way every command reads it: UTF-8 with or
   * without a BOM (anything else is one finding, GK002 or the encoding's), then {@link
   * #read(String, SourceFile, Messages, Map, List)}. A row with a malformed code is left out and
   * reported (GK301), a name that cannot be part of a file name is kept and reported (GK308).
   */
  public static Read read(byte[] bytes, SourceFile file, Messages messages) {
    Map<RegionCode, String> register = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded instanceof TextDecoder.Decoded.Failed failed) {
      findings.add(finding(file, failed.problem(), messages));
    } else {
      read(((TextDecoder.Decoded.Text) decoded).text(), file, messages, register, findings);
    }
    return new Read(register, findings);
  }

  static Finding finding(SourceFile file, Problem p, Messages messages) {
    return new Finding(
        p.rule(),
        p.rule().defaultSeverity(),
        file.at(p.line(), p.column()),
        messages.get(p.messageKey(), p.args()));
  }

  /**
   * Every row of the register below its header line, its columns by position (code, then name);
   * Malformed at the first place it is not CSV. Whether the header is right is {@link #read}'s
   * business.
   */
  public static List<Row> rows(String text) throws Malformed {
    Table table = table(text);
    return table.records().stream().skip(1).map(table::row).toList();
  }

  /** A record as parsed: the offset in the text where it starts, and its fields (trimmed). */
  private record Cells(long offset, List<String> fields) {}

  /** The records of a register's text, the header line first, and where its lines start. */
  private record Table(String text, int[] lineStarts, List<Cells> records) {
    Row row(Cells r) {
      List<String> f = r.fields();
      return new Row(lineOf(lineStarts, r.offset()), f.isEmpty() ? "" : f.get(0), cell(f, 1));
    }

    private static String cell(List<String> fields, int index) {
      return index < fields.size() ? fields.get(index) : "";
    }

    /**
     * The line and column (in characters, from 1) where field {@code index} of {@code r} starts,
     * found again in the text from the fields the parser gave: the end of the record's first line
     * for a field it lacks, and its start when the text cannot be matched (a field with doubled
     * quotes).
     */
    int[] place(Cells r, int index) {
      int line = lineOf(lineStarts, r.offset());
      int end = lineStarts[line - 1] + firstLine(r).length();
      int at = (int) r.offset();
      for (int i = 0; i <= index; i++) {
        if (i >= r.fields().size()) {
          at = end;
          break;
        }
        if (i > 0) {
          int comma = text.indexOf(',', at);
          if (comma < 0) {
            at = (int) r.offset();
            break;
          }
          at = comma + 1;
        }
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '"')) {
          at++;
        }
        if (i == index) {
          break;
        }
        int found = text.indexOf(r.fields().get(i), at);
        if (found < 0) {
          at = (int) r.offset();
          break;
        }
        at = found + r.fields().get(i).length();
      }
      int atLine = lineOf(lineStarts, at);
      return new int[] {atLine, text.codePointCount(lineStarts[atLine - 1], at) + 1};
    }

    /** The record's first line as written, without its line break. */
    String firstLine(Cells r) {
      int line = lineOf(lineStarts, r.offset());
      int end = line < lineStarts.length ? lineStarts[line] : text.length();
      return text.substring(lineStarts[line - 1], end).stripTrailing();
    }
  }

  /** The register's records; Malformed at the first place it is not CSV. */
  private static Table table(String text) throws Malformed {
    int[] lineStarts = lineStarts(text);
    List<Cells> records = new ArrayList<>();
    CSVParser parser;
    try {
      parser = FORMAT.parse(new StringReader(text));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new Malformed(1, reason(e));
    }
    // the lines read so far: the next record starts on the line after them
    long consumed = parser.getCurrentLineNumber();
    try (parser) {
      for (CSVRecord record : parser) {
        // the parser gives where the blank lines it skipped before a record start
        long offset = record.getCharacterPosition();
        while (offset < text.length()
            && (text.charAt((int) offset) == '\n' || text.charAt((int) offset) == '\r')) {
          offset++;
        }
        records.add(new Cells(offset, record.toList()));
        consumed = parser.getCurrentLineNumber();
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new Malformed((int) Math.min(consumed + 1, lineStarts.length), reason(e));
    }
    return new Table(text, lineStarts, records);
  }

  /**
   * Reads {@code text} into {@code register}, adding a finding for each row whose code is malformed
   * (GK301), whose name could not be part of a file name (GK308), that has more than two fields or
   * no name (GK001), and one for text that is not CSV (GK002, at its line). A header line other
   * than {@code code,name} is one finding (GK001, at its line) and no row is read: which column is
   * which is not known.
   */
  static void read(
      String text,
      SourceFile file,
      Messages messages,
      Map<RegionCode, String> register,
      List<Finding> findings) {
    Table table;
    try {
      table = table(text);
    } catch (Malformed e) {
      findings.add(
          new Finding(
              Rule.SYNTAX,
              Rule.SYNTAX.defaultSeverity(),
              file.at(e.line(), 1),
              messages.get("load.csv", messages.get(e.reasonKey()))));
      return;
    }
    if (table.records().isEmpty()) {
      return; // an empty register registers nothing, and loses nothing
    }
    Cells header = table.records().get(0);
    Optional<RegisterHeader> wrong = RegisterHeader.check(header.fields(), messages);
    if (wrong.isPresent()) {
      // the columns are unknown: each row would be reported for this one cause, or read wrongly
      int[] at = table.place(header, wrong.get().cell());
      findings.add(
          new Finding(
              Rule.SCHEMA,
              Rule.SCHEMA.defaultSeverity(),
              file.at(at[0], at[1]),
              messages.get(
                  "register.header", quoted(table.firstLine(header)), wrong.get().hint())));
      return;
    }
    Map<String, Row> first = new HashMap<>();
    for (Cells cells : table.records().subList(1, table.records().size())) {
      Row row = table.row(cells);
      List<String> columns = RegisterHeader.columns(cells.fields());
      if (columns.size() > RegisterHeader.COLUMNS.size()) {
        // a name with an unquoted comma (某街道,社区) would be cut at it without a word
        int[] at = table.place(cells, RegisterHeader.COLUMNS.size());
        findings.add(
            new Finding(
                Rule.SCHEMA,
                Rule.SCHEMA.defaultSeverity(),
                file.at(at[0], at[1], row.subject()),
                messages.get(
                    "register.extraField",
                    columns.size(),
                    "\"" + String.join(",", columns.subList(1, columns.size())) + "\"")));
        continue;
      }
      if (!RegionCode.isWellFormed(row.code())) {
        findings.add(
            new Finding(
                Rule.REGION_CODE,
                Rule.REGION_CODE.defaultSeverity(),
                file.at(row.line(), 1, row.subject()),
                messages.rule(Rule.REGION_CODE, row.code(), hint(row.code(), messages))));
        continue;
      }
      if (row.name().isEmpty()) {
        // one region a row is a code and its name (FORMAT.md §2): a row cut short is reported as
        // the other damaged rows are, at the place its name is missing, and not registered
        int[] at = table.place(cells, 1);
        findings.add(
            new Finding(
                Rule.SCHEMA,
                Rule.SCHEMA.defaultSeverity(),
                file.at(at[0], at[1], row.subject()),
                messages.get("register.noName", row.code())));
        continue;
      }
      Region.unsafeNamePart(row.name())
          .ifPresent(
              part ->
                  findings.add(
                      new Finding(
                          Rule.REGION_NAME,
                          Rule.REGION_NAME.defaultSeverity(),
                          file.at(row.line(), 1, row.subject()),
                          messages.rule(Rule.REGION_NAME, part))));
      Row earlier = first.putIfAbsent(row.code(), row);
      if (earlier != null) {
        // a register is a mapping from code to name: as in YAML, the first entry counts (GK004)
        findings.add(
            new Finding(
                Rule.DUPLICATE_KEY,
                Rule.DUPLICATE_KEY.defaultSeverity(),
                file.at(row.line(), 1, row.subject()),
                messages.get(
                    "load.registerDuplicate", row.code(), earlier.line(), earlier.name())));
        continue;
      }
      register.put(new RegionCode(row.code()), row.name());
    }
  }

  /** "Did you mean" the code written in half-width digits (５１１７０３), or nothing. */
  private static String hint(String code, Messages messages) {
    String meant = FolderCodes.normalized(code);
    return meant == null ? "" : messages.get("schema.suggest", meant);
  }

  /** A header line as a message quotes it: all of it, or its start when it is long. */
  private static String quoted(String line) {
    return line.length() <= QUOTED ? line : line.substring(0, QUOTED) + "…";
  }

  /** The offset at which each line starts: after LF, CRLF or a CR alone. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] lineStarts, long offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  /**
   * The message key for what the parser found: its own words are English and name its internals
   * ("encapsulated token"), so the cases a person makes by hand are told apart by them and put in
   * ours; anything else is "not valid CSV" at the line.
   */
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = String.valueOf(t.getMessage());
    if (m.contains("EOF reached before encapsulated token finished")) {
      return "load.csv.unclosedQuote";
    }
    if (m.contains("between encapsulated token and delimiter")) {
      return "load.csv.afterQuote";
    }
    if (m.contains("header")) {
      return "load.csv.header"; // a column name missing or given twice
    }
    return "load.csv.malformed";
  }
}
