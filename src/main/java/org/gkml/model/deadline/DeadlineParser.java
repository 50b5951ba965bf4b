package org.gkml.model.deadline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.text.TextFold;

/** Reads 公开时限 wordings into {@link Deadline}s; the rules are documented on {@link Deadline}. */
final class DeadlineParser {

  private static final String NUMERALS = "零〇一二两三四五六七八九十百千";

  /**
   * A number and its unit. Not after a digit (the whole number is read) nor after 月 (3月31日 is a
   * date). Possessive quantifiers keep 10,000 digits linear.
   */
  private static final Pattern LAG =
      Pattern.compile(
          "(?<![0-9"
              + NUMERALS
              + "月])([0-9]++|["
              + NUMERALS
              + "]++)(个工作日|工作日|个自然日|自然日|个日历日|日历日|个小时|小时|个星期|星期|个礼拜|礼拜|个月|周|日|天)");

  /** Words before a number that make it a display period or a minimum, not a deadline. */
  private static final Pattern NOT_A_DEADLINE =
      Pattern.compile("(?:(?:公示|公告)期?(?:为)?|不少于|不得少于|不低于|至少)$");

  private static final Pattern FREQUENCY =
      Pattern.compile(
          "每半年|按半年|(?<![上下])半年|每个?季度?|按季度?|逐季|每个?月|按月|逐月"
              + "|每个?星期|每周|按周|逐周|每年度?|按年度?|逐年|每日|每天|按日|逐日");

  /** Words that say nothing about a schedule once its period is known (半年至少更新1次). */
  private static final Pattern SCHEDULE_FILLER = Pattern.compile("至少|予以|公开|公布|发布|更新|进行|一次|1次");

  /**
   * A list number: 1. or 1、 or (1). Not after a digit or a dot (2025.3.1); a cell's line breaks are
   * gone once spaces are dropped, so no separator is required before it.
   */
  private static final Pattern MARKER =
      Pattern.compile("(?<![0-9.])(?:\\(([0-9]{1,2})\\)|([0-9]{1,2})[.、])");

  /** The usual reservation for other laws, which every default deadline implies anyway. */
  private static final Pattern RESERVATION = Pattern.compile("法律[^;。]{0,60}?从其规定");

  private static final String EDGE_PUNCTUATION = ";。,.、:!?";

  /**
   * Longer text is never a deadline (the longest published composite wordings are about 100
   * characters), and refusing it up front keeps hostile files from costing time.
   */
  static final int MAX_LENGTH = 1000;

  private DeadlineParser() {}

  static Deadline parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      return new Unparsed(text);
    }
    String s = normalize(text);
    Deadline composite = composite(text, s);
    return composite != null ? composite : simple(text, s);
  }

  /**
   * NFKC, simplified script, circled numbers as 1., no spaces or invisible characters, no
   * reservation clause. A catalogue imported from a table kept in traditional characters writes
   * 信息形成或變更之日起20個工作日內: it reads as its simplified form, with the one transliteration import
   * compares published text in ({@link TextFold#simplifiedScript}, which leaves simplified text as
   * it is without loading ICU's tables; each wording is parsed once, see {@link ParsedDeadlines}).
   */
  static String normalize(String text) {
    StringBuilder circled = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // NFKC turns ① into a bare 1, which would lose the list numbering
      if (c >= '\u2460' && c <= '\u2473') {
        circled.append(c - '\u2460' + 1).append('.');
      } else {
        circled.append(c);
      }
    }
    String nfkc = Normalizer.normalize(circled, Normalizer.Form.NFKC);
    StringBuilder compact = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT)
        .forEach(compact::appendCodePoint);
    // after NFKC and the circled numbers: folding would turn ① into 1 as NFKC does
    String simplified = TextFold.simplifiedScript(compact.toString());
    return trim(RESERVATION.matcher(simplified).replaceAll(""));
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && EDGE_PUNCTUATION.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && EDGE_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Where a part's number (1. 2、 ①) stands in the text: its start and the end of the marker. */
  private record Marker(int start, int end) {}

  /** A numbered list of two parts or more, or null. */
  private static Deadline composite(String text, String s) {
    List<Marker> marks = new ArrayList<>();
    Matcher m = MARKER.matcher(s);
    while (m.find()) {
      String number = m.group(1) != null ? m.group(1) : m.group(2);
      boolean first = marks.isEmpty();
      // numbering must run 1, 2, 3 from the start; other matches are part of the text
      if (Integer.parseInt(number) == marks.size() + 1 && (!first || m.start() == 0)) {
        marks.add(new Marker(m.start(), m.end()));
      }
    }
    if (marks.size() < 2) {
      return null;
    }
    List<Composite.Part> parts = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1).start() : s.length();
      String body = trim(s.substring(marks.get(i).end(), end));
      int colon = body.indexOf(':');
      String label = colon >= 0 ? trim(body.substring(0, colon)) : "";
      String value = colon >= 0 ? trim(body.substring(colon + 1)) : body;
      parts.add(new Composite.Part(label, simple(value, value)));
    }
    return new Composite(text, parts);
  }

  private static Deadline simple(String text, String s) {
    if (s.isEmpty()) {
      return new Unparsed(text);
    }
    if (s.equals("同上")) {
      return new SameAsAbove(text);
    }
    Matcher frequency = FREQUENCY.matcher(s);
    if (frequency.find()) {
      return periodic(text, s, frequency);
    }
    Deadline lag = lag(text, s);
    if (lag != null) {
      return lag;
    }
    if (containsAny(s, "实时", "即时", "立即")) {
      return new Immediate(text);
    }
    if (containsAny(s, "及时", "随时", "第一时间")) {
      return new Timely(text);
    }
    if (containsAny(s, "长期", "永久", "常年", "常态")) {
      return new LongTerm(text);
    }
    return new Unparsed(text);
  }

  private static Deadline periodic(String text, String s, Matcher frequency) {
    String word = frequency.group();
    String rest = s.substring(0, frequency.start()) + s.substring(frequency.end());
    String detail = trim(SCHEDULE_FILLER.matcher(rest).replaceAll(""));
    return new Periodic(text, frequencyOf(word), detail);
  }

  private static Periodic.Frequency frequencyOf(String word) {
    if (word.contains("半年")) {
      return Periodic.Frequency.HALF_YEARLY;
    }
    if (word.contains("季")) {
      return Periodic.Frequency.QUARTERLY;
    }
    if (word.contains("月")) {
      return Periodic.Frequency.MONTHLY;
    }
    if (word.contains("周") || word.contains("星期")) {
      return Periodic.Frequency.WEEKLY;
    }
    if (word.contains("年")) {
      return Periodic.Frequency.YEARLY;
    }
    return Periodic.Frequency.DAILY;
  }

  /**
   * The one span (or advance notice) the wording gives, null when it gives none, {@link Unparsed}
   * when it gives two different ones, a date, or a number too large to be a deadline.
   */
  private static Deadline lag(String text, String s) {
    Deadline found = null;
    Matcher m = LAG.matcher(s);
    while (m.find()) {
      String before = s.substring(Math.max(0, m.start() - 8), m.start());
      if (NOT_A_DEADLINE.matcher(before).find()) {
        continue;
      }
      int count = Numeral.value(m.group(1));
      if (count < 0) {
        return new Unparsed(text);
      }
      String unit = m.group(2);
      boolean beforeEvent = m.end() < s.length() && s.charAt(m.end()) == '前';
      if (beforeEvent && unit.equals("日")) {
        return new Unparsed(text); // 10日前: the 10th of a month, or 10 days before?
      }
      Deadline deadline =
          beforeEvent || before.endsWith("提前")
              ? new Advance(text, span(m.group(), count, unit))
              : span(text, count, unit);
      if (found == null) {
        found = deadline;
      } else if (!found.canonical().equals(deadline.canonical())) {
        return new Unparsed(text);
      }
    }
    return found;
  }

  private static Span span(String text, int count, String unit) {
    return switch (unit) {
      case "个工作日", "工作日" -> new WorkingDays(text, count);
      case "个小时", "小时" -> new Hours(text, count);
      case "个星期", "星期", "个礼拜", "礼拜", "周" -> new CalendarDays(text, count * 7);
      case "个月" -> new CalendarMonths(text, count);
      default -> new CalendarDays(text, count);
    };
  }

  private static boolean containsAny(String s, String... words) {
    for (String word : words) {
      if (s.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
