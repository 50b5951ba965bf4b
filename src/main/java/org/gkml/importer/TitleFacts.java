package org.gkml.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.text.TextFold;

/**
 * What the lines printed with a table say about its catalogue: the title, and the facts printed
 * beside it as labelled fields ({@code 版本：2025.1　发布机关：示例省人民政府办公厅　施行日期：2025-03-01}, the second row
 * of gkml's own tables, the paragraph under a Word or web page title). A field's value is what
 * follows its label up to the next separator — white space of any width (the full-width space
 * between fields), a semicolon or comma, or the next field's label — never the rest of the line.
 *
 * <p>The lines come nearest first: the table's own rows above its header, then the text printed
 * before it from the nearest paragraph back. The first line that has a field gives it, so the
 * heading right above a table wins over the page title.
 */
final class TitleFacts {
  /**
   * Labels of the issuer: gkml's own, and 发布机构 / 发文机关 as government sites print them above an
   * article ({@code 发布机构：金乡县胡集镇人民政府　成文日期：2024-06-05}).
   */
  static final String ISSUER_LABELS = "发布机关|发布单位|编制单位|印发机关|发布机构|发文机关|发文单位";

  /** Labels of the facts a title line prints; a value ends where the next one starts. */
  private static final String LABELS =
      "区域|公开层级|层级|目录版本|版本号|版本|" + ISSUER_LABELS + "|施行日期|实施日期|生效日期|生成日期|印发日期|发布日期|成文日期|导出日期";

  private static final Pattern LABEL = Pattern.compile("(" + LABELS + ")\\s*[:：]");

  /** 版本 followed by a number without a colon: {@code 版本 2025.1，2025-03-01 起施行}. */
  private static final Pattern BARE_VERSION = Pattern.compile("版本\\s+(?=\\d)");

  /** Where a value ends: any white space (full-width and no-break included) or a separator. */
  private static final Pattern VALUE_END = Pattern.compile("[\\s\\u00A0\\u3000;；,，]");

  private static final String DATE =
      "\\d{4}\\s*(?:-|/|\\.|年)\\s*\\d{1,2}\\s*(?:-|/|\\.|月)\\s*\\d{1,2}\\s*日?";

  /** A date that starts a catalogue's force: {@code 自2025年3月1日起施行}, {@code 2025-03-01 起施行}. */
  private static final Pattern IN_FORCE_FROM = Pattern.compile("(" + DATE + ")\\s*起?\\s*(?:施行|实施)");

  private static final Pattern DATE_PARTS =
      Pattern.compile(
          "(\\d{4})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*(?:-|/|\\.|月)\\s*(\\d{1,2})\\s*日?");

  /** A trailing bracket of facts after a title: {@code 标准目录 （2 项；版本 2025.1）}. */
  private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*[（(][^（()）]*[)）]\\s*$");

  private static final Pattern FACT_WORD = Pattern.compile(LABELS + "|施行|实施|版本");

  private final List<String> lines;

  /** The lines nearest first; blank ones are dropped. */
  TitleFacts(List<String> lines) {
    List<String> l = new ArrayList<>();
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        l.add(line.strip());
      }
    }
    this.lines = List.copyOf(l);
  }

  /**
   * The lines of a table: its own rows above the header (top down), then the caption's lines from
   * the last (the one right above the table) back.
   */
  static TitleFacts of(String titleRows, String caption) {
    List<String> l = new ArrayList<>(List.of(titleRows.split("\n")));
    List<String> before = new ArrayList<>(List.of(caption.split("\n")));
    for (int i = before.size() - 1; i >= 0; i--) {
      l.add(before.get(i));
    }
    return new TitleFacts(l);
  }

  List<String> lines() {
    return lines;
  }

  /** The value of the first field of these labels (e.g. {@code 版本|版本号}), as printed. */
  Optional<String> field(String labels) {
    Pattern wanted = Pattern.compile("(?:" + labels + ")\\s*[:：]");
    for (String line : lines) {
      String folded = TextFold.aligned(line);
      Matcher m = wanted.matcher(folded);
      while (m.find()) {
        // a longer label ending in this one (目录版本 for 版本) is still the field
        String value = valueAt(line, folded, m.end());
        if (!value.isEmpty()) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The version, from the nearest line that has one: {@code 版本：2025.1}, or {@code 版本 2025.1} where
   * no colon follows the label.
   */
  Optional<String> version() {
    for (String line : lines) {
      Optional<String> labelled = new TitleFacts(List.of(line)).field("版本|版本号");
      if (labelled.isPresent()) {
        return labelled;
      }
      String folded = TextFold.aligned(line);
      Matcher m = BARE_VERSION.matcher(folded);
      if (m.find()) {
        return Optional.of(valueAt(line, folded, m.end()));
      }
    }
    return Optional.empty();
  }

  Optional<String> issuer() {
    return field(ISSUER_LABELS);
  }

  /** The date the catalogue is in force from, as printed (ISO or not), or empty. */
  Optional<String> effectiveText() {
    Optional<String> labelled = field("施行日期|实施日期|生效日期");
    if (labelled.isPresent()) {
      return labelled;
    }
    for (String line : lines) {
      Matcher m = IN_FORCE_FROM.matcher(TextFold.aligned(line));
      if (m.find()) {
        return Optional.of(line.substring(m.start(1), m.end(1)).strip());
      }
    }
    return Optional.empty();
  }

  /** A printed date as YYYY-MM-DD ({@code 2025年3月1日}, {@code 2025.3.1}), empty if it is none. */
  static Optional<String> isoDate(String printed) {
    Matcher m = DATE_PARTS.matcher(printed.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)))
              .toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The title: the nearest line that says 目录 and names the domain, else the nearest that says 目录,
   * cut before the facts printed after it (a field label, a bracket of them) and without the page's
   * list number or attachment label before it ({@code (一)}, {@code 二、}, {@code 附件5:}) and the
   * extension of a linked file after it ({@code .doc}).
   */
  Optional<String> title(String domain) {
    String name = TextFold.aligned(domain);
    for (String line : lines) {
      String l = TextFold.withoutGlosses(TextFold.aligned(line));
      if (l.contains("目录") && l.contains(name)) {
        return Optional.of(titleOf(line));
      }
    }
    for (String line : lines) {
      if (TextFold.withoutGlosses(TextFold.aligned(line)).contains("目录")) {
        return Optional.of(titleOf(line));
      }
    }
    return Optional.empty();
  }

  /**
   * The domain the nearest title line names before 领域, for a table whose lines name no domain gkml
   * knows: with the line it was read from.
   */
  Optional<Map.Entry<String, String>> namedDomain() {
    for (String line : lines) {
      Optional<String> d = TitleWords.domainIn(line);
      if (d.isPresent()) {
        return Optional.of(Map.entry(d.get(), line));
      }
    }
    return Optional.empty();
  }

  /** A title line without what is no part of the title: facts, 附件N, list number, file extension. */
  private static String titleOf(String line) {
    return TitleWords.withoutListNumber(TitleWords.withoutFileExtension(withoutFacts(line)));
  }

  private static String withoutFacts(String line) {
    String t = line;
    Matcher label = LABEL.matcher(TextFold.aligned(t));
    if (label.find() && label.start() > 0) {
      t = t.substring(0, label.start()).strip();
    }
    Matcher bracket = TRAILING_BRACKET.matcher(t);
    if (bracket.find()
        && bracket.start() > 0
        && FACT_WORD.matcher(TextFold.aligned(bracket.group())).find()) {
      t = t.substring(0, bracket.start()).strip();
    }
    return t;
  }

  /** The value from {@code from} up to the next separator or field label. */
  private static String valueAt(String line, String folded, int from) {
    int start = from;
    while (start < line.length() && isSpace(line.charAt(start))) {
      start++;
    }
    int end = line.length();
    Matcher stop = VALUE_END.matcher(line);
    if (stop.find(start)) {
      end = stop.start();
    }
    Matcher next = LABEL.matcher(folded);
    next.region(start, end);
    if (next.find()) {
      end = next.start();
    }
    return line.substring(start, end).strip();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
