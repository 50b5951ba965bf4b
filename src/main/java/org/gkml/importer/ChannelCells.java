package org.gkml.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gkml.model.ChannelVocabulary;
import org.gkml.text.TextFold;

/**
 * Reads a 公开渠道和载体 cell: either a checklist ({@code ■政府网站 □政府公报 …}, where 口 often stands in for □)
 * whose checked labels are the channels, or a plain list of labels. Labels map to the vocabulary's
 * spelling; a variant spelling maps to its standard label; other labels are kept as written and
 * reported.
 */
final class ChannelCells {
  private static final String SEPARATORS = "、,，;；:：\n \t　";
  private static final char MOUTH = '口';

  /**
   * The channels read from a cell: the labels as printed (what a person reads in the table), the
   * same labels in the vocabulary's spelling (what a catalogue stores), and what needed a word in
   * the report — unknown and undeclared labels, text before the checklist that is not a label,
   * labels printed without a box read as listed where every box is ticked (before the checklist:
   * {@code unboxed}, after a boxed label: {@code listedAfter}) or as not ticked where the checklist
   * has empty boxes ({@code unticked}), a remark glued to the last label and cut off, and the web
   * addresses cut off the labels they were printed after.
   */
  record Read(
      List<String> printed,
      List<String> channels,
      List<String> unknown,
      List<String> undeclared,
      String stray,
      List<String> unboxed,
      List<String> listedAfter,
      List<String> unticked,
      String remark,
      List<WebAddresses.Found> addresses,
      boolean unreadable) {

    /** A checklist whose boxes were lost as {@code ?}: no channel can be read from it. */
    static Read unreadableCell() {
      return new Read(
          List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), null,
          List.of(), true);
    }
  }

  /**
   * Marks a box shows as when its glyph was lost in a conversion: a question mark (one per byte of
   * the box's encoding) or the replacement character.
   */
  private static final String LOST_MARKS = "?？\uFFFD";

  /** A remark glued to a checklist's last label: 注:有关公开信息可推送… */
  private static final java.util.regex.Pattern REMARK =
      java.util.regex.Pattern.compile("(?<=.)(注|备注|说明|注释)[:：].*$", java.util.regex.Pattern.DOTALL);

  /** A line break inside a label, with the spaces around it. */
  private static final java.util.regex.Pattern WRAP =
      java.util.regex.Pattern.compile("\\s*\\R\\s*");

  /** Numbering in a plain list: 1.政府网站 2.两微一端, (1), ①. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("^(?:\\(?\\d{1,2}[).．、]|[①-⑳]|[(（]\\d{1,2}[)）])\\s*");

  /** The longest label looked for at one place of a plain list. */
  private static final int MAX_LABEL = 32;

  /** The longest text a known label may take with pinyin glosses (政府網(wǎng)站) or wrapped lines. */
  private static final int LABEL_WINDOW = 48;

  /** Where a label printed after a boxed one may start (a colon is no such place: 其他:村广播). */
  private static final String BREAKS = "、,，;；\n \t　";

  private static final String OPENING = "(（[［【〔";
  private static final String CLOSING = ")）]］】〕";

  /** The longest bracketed qualifier kept with the label before it: 其他(“线下”). */
  private static final int MAX_QUALIFIER = 40;

  private final ChannelVocabulary vocabulary;

  /** Every spelling a label may have (standard, new, variant, domain, local, declared). */
  private final Set<String> spellings;

  ChannelCells(ChannelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    Set<String> all = new HashSet<>();
    vocabulary.ordered().forEach(c -> all.add(ChannelVocabulary.normalize(c)));
    try (InputStream in =
            Objects.requireNonNull(ChannelVocabulary.class.getResourceAsStream("channels.csv"));
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        all.add(ChannelVocabulary.normalize(row.get("channel")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.spellings = Set.copyOf(all);
  }

  /** Whether a text is a channel label gkml has seen in any spelling or script. */
  private boolean isLabel(String text) {
    String key = ChannelVocabulary.normalize(TextFold.withoutGlosses(TextFold.aligned(text)));
    return spellings.contains(key) || (key.startsWith("其他:") && key.length() > 3);
  }

  Read read(String text) {
    // ✔️ is ✔ with an emoji variation selector: the mark, not part of the label after it
    // a site's address printed after its label (■政府網站http://…) is no part of the channel's name
    WebAddresses.Cut cut =
        WebAddresses.cut(Marks.withoutVariationSelectors(text), ChannelCells::isBoxChar);
    String cell = cut.rest();
    if (lostBoxes(cell)) {
      // which labels were ticked cannot be known: reading any would invent channels
      return Read.unreadableCell();
    }
    List<Box> boxes = boxes(cell);
    Reading r = new Reading();
    if (boxes.isEmpty()) {
      for (String label : labels(cell)) {
        add(label, r);
      }
    } else {
      checklist(cell, boxes, r);
    }
    return new Read(
        List.copyOf(r.printed.values()),
        List.copyOf(r.channels.values()),
        r.unknown,
        r.undeclared,
        r.stray,
        r.unboxed,
        r.listedAfter,
        r.unticked,
        r.remark,
        cut.found(),
        false);
  }

  /** What reading a cell has found so far. */
  private static final class Reading {
    final Map<String, String> printed = new LinkedHashMap<>();
    final Map<String, String> channels = new LinkedHashMap<>();
    final List<String> unknown = new ArrayList<>();
    final List<String> undeclared = new ArrayList<>();
    final List<String> unboxed = new ArrayList<>();
    final List<String> listedAfter = new ArrayList<>();
    final List<String> unticked = new ArrayList<>();
    String stray;
    String remark;
  }

  /**
   * Reads a checklist: the labels after ticked boxes. A label printed without a box of its own is
   * unclear: where the checklist prints the labels not chosen with empty boxes, one without a box
   * was not ticked (reported, not read); where every box is ticked, the boxes tell nothing apart
   * and it reads as listed (reported).
   */
  private void checklist(String cell, List<Box> boxes, Reading r) {
    boolean emptyBoxes = boxes.stream().anyMatch(b -> !b.checked());
    String before = strip(cell.substring(0, boxes.get(0).at()));
    if (!before.isEmpty()) {
      // a label printed without its box ahead of the checklist (村公示栏(电子屏) ■其他) when it is
      // a short list of labels, else stray text
      List<String> listed = labels(before);
      if (before.length() <= MAX_LABEL
          && listed.stream()
              .allMatch(
                  l -> l.length() >= 2 && l.length() <= 20 && Character.isLetter(l.charAt(0)))) {
        for (String label : listed) {
          unboxed(label, emptyBoxes, r, r.unboxed);
        }
      } else {
        r.stray = before;
      }
    }
    for (int i = 0; i < boxes.size(); i++) {
      int start = boxes.get(i).at() + 1;
      int end = i + 1 < boxes.size() ? boxes.get(i + 1).at() : cell.length();
      String label = strip(cell.substring(start, end));
      java.util.regex.Matcher m = REMARK.matcher(TextFold.aligned(label));
      if (m.find()) {
        r.remark = label.substring(m.start()).strip();
        label = strip(label.substring(0, m.start()));
      }
      // ■政府网站<br>政务服务中心: the second label has no box of its own
      List<String> parts = labelsAfterBox(label);
      if (boxes.get(i).checked() && !parts.get(0).isEmpty()) {
        add(parts.get(0), r);
      }
      for (String after : parts.subList(1, parts.size())) {
        unboxed(after, emptyBoxes, r, r.listedAfter);
      }
    }
  }

  /** A label printed without a box in a checklist: not ticked, or read as listed (see above). */
  private void unboxed(String label, boolean emptyBoxes, Reading r, List<String> listed) {
    if (emptyBoxes) {
      r.unticked.add(oneLine(label));
    } else {
      add(label, r);
      listed.add(oneLine(label));
    }
  }

  /**
   * Whether the cell is a checklist whose boxes were lost as question marks ({@code 政府网站 ??政府公报},
   * {@code 公开查阅点?政务服务中心}): a run of them where a box stands — at the start, after a space or
   * separator, or right after a known label — with a known label after it.
   */
  private boolean lostBoxes(String cell) {
    int segmentStart = 0;
    for (int i = 0; i < cell.length(); i++) {
      if (LOST_MARKS.indexOf(cell.charAt(i)) < 0) {
        if (SEPARATORS.indexOf(cell.charAt(i)) >= 0) {
          segmentStart = i + 1;
        }
        continue;
      }
      int end = i;
      while (end < cell.length() && LOST_MARKS.indexOf(cell.charAt(end)) >= 0) {
        end++;
      }
      String before = strip(cell.substring(segmentStart, i));
      boolean boxPlace = i == 0 || SEPARATORS.indexOf(cell.charAt(i - 1)) >= 0 || isLabel(before);
      if (end - i <= 2 && boxPlace && labelAt(cell, end)) {
        return true;
      }
      i = end - 1;
      segmentStart = end;
    }
    return false;
  }

  private void add(String label, Reading r) {
    String written = oneLine(label.replaceAll("[_＿]+$", "").strip());
    if (written.isEmpty()) {
      written = label;
    }
    String folded = TextFold.withoutGlosses(TextFold.aligned(written));
    r.printed.putIfAbsent(ChannelVocabulary.normalize(folded), written);
    ChannelVocabulary.Verdict v = vocabulary.check(folded);
    String channel;
    if (v instanceof ChannelVocabulary.Verdict.Known k) {
      // the vocabulary's spelling, except a filled-in 其他:… which is kept as written
      channel =
          k.label().equals(folded) && !vocabulary.ordered().contains(k.label())
              ? written
              : k.label();
    } else if (v instanceof ChannelVocabulary.Verdict.Variant var) {
      channel = var.canonical();
    } else if (v instanceof ChannelVocabulary.Verdict.Undeclared u) {
      channel = u.label();
      r.undeclared.add(channel);
    } else {
      channel = written;
      r.unknown.add(written);
    }
    r.channels.putIfAbsent(ChannelVocabulary.normalize(channel), channel);
  }

  /** The standard channel nearest a label the vocabulary does not know, if any is near. */
  Optional<String> closest(String label) {
    ChannelVocabulary.Verdict v =
        vocabulary.check(TextFold.withoutGlosses(TextFold.aligned(label)));
    return v instanceof ChannelVocabulary.Verdict.Unknown u
        ? Optional.ofNullable(u.closest())
        : Optional.empty();
  }

  /** A box printed in a cell: where it stands, and whether it is ticked. */
  private record Box(int at, boolean checked) {}

  /**
   * The boxes in a cell, in order. 口 counts as a box only where one can stand: at the start, after
   * a separator, or right after a complete label (■政府网站口政府公报) — never inside a word like 窗口. A
   * letter standing for a Wingdings box ({@link FontBoxes}) counts only in a cell that reads as a
   * checklist of them, and only where a box can stand before a word.
   */
  private List<Box> boxes(String cell) {
    boolean fontChecklist = fontChecklist(cell);
    List<Box> out = new ArrayList<>();
    int segmentStart = 0;
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      int kind = -1;
      if (Marks.CHECKED_BOXES.indexOf(ch) >= 0) {
        kind = 1;
      } else if (Marks.EMPTY_BOXES.indexOf(ch) >= 0) {
        kind = 0;
      } else if (FontBoxes.isSymbol(ch)) {
        kind = FontBoxes.checked(ch) ? 1 : 0;
      } else if (FontBoxes.isLetter(ch)) {
        if (fontChecklist && fontBoxPlace(cell, i) && hanAt(cell, i + 1)) {
          kind = FontBoxes.checked(ch) ? 1 : 0;
        }
      } else if (ch == MOUTH) {
        String before = strip(cell.substring(segmentStart, i));
        boolean boundary = i == 0 || SEPARATORS.indexOf(cell.charAt(i - 1)) >= 0;
        boolean afterLabel = !before.isEmpty() && isLabel(before);
        boolean labelFollows = labelAt(cell, i + 1);
        if (boundary || (afterLabel && labelFollows)) {
          kind = 0;
        }
      }
      if (kind >= 0) {
        out.add(new Box(i, kind == 1));
        segmentStart = i + 1;
      }
    }
    return out;
  }

  /**
   * Whether the cell reads as a checklist of Wingdings letters ({@code R政府網站 £政府公報}): letters
   * standing where a box can, each before a known label — two of them, or one in a cell with other
   * boxes, or one letter of an empty box (which stands for nothing else).
   */
  private boolean fontChecklist(String cell) {
    int letters = 0;
    boolean empty = false;
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (FontBoxes.isLetter(ch) && fontBoxPlace(cell, i) && labelAt(cell, i + 1)) {
        letters++;
        empty |= !FontBoxes.checked(ch);
      }
    }
    return letters >= 2 || (letters == 1 && (empty || hasBoxes(cell)));
  }

  /**
   * Whether a box can stand at {@code i}: at the start, after a separator or another box, or right
   * after a complete label (政府網站R政府公報).
   */
  private boolean fontBoxPlace(String cell, int i) {
    if (i == 0) {
      return true;
    }
    char prev = cell.charAt(i - 1);
    if (SEPARATORS.indexOf(prev) >= 0 || isBoxChar(prev) || FontBoxes.isLetter(prev)) {
      return true;
    }
    int start = i;
    while (start > 0
        && SEPARATORS.indexOf(cell.charAt(start - 1)) < 0
        && !isBoxChar(cell.charAt(start - 1))
        && !FontBoxes.isLetter(cell.charAt(start - 1))) {
      start--;
    }
    return isLabel(cell.substring(start, i));
  }

  /** Whether a Chinese character stands at {@code at}: the start of a label after a box letter. */
  private static boolean hanAt(String cell, int at) {
    return at < cell.length()
        && Character.UnicodeScript.of(cell.codePointAt(at)) == Character.UnicodeScript.HAN;
  }

  private static boolean isBoxChar(char c) {
    return Marks.CHECKED_BOXES.indexOf(c) >= 0
        || Marks.EMPTY_BOXES.indexOf(c) >= 0
        || c == MOUTH
        || FontBoxes.isSymbol(c);
  }

  private static boolean hasBoxes(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != MOUTH && isBoxChar(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a known label (of any kind) starts at {@code from}. */
  private boolean labelAt(String cell, int from) {
    for (int end = Math.min(cell.length(), from + LABEL_WINDOW); end > from; end--) {
      String candidate = cell.substring(from, end);
      if (isLabel(candidate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The labels of a plain list. Known labels are matched first, longest first, so a label that
   * contains a separator (社区/企事业单位、村公示栏(电子屏)) stays whole.
   */
  private List<String> labels(String cell) {
    List<String> out = new ArrayList<>();
    String folded = TextFold.aligned(cell);
    int i = 0;
    int n = cell.length();
    while (i < n) {
      if (SEPARATORS.indexOf(cell.charAt(i)) >= 0 || cell.charAt(i) == '/') {
        i++;
        continue;
      }
      java.util.regex.Matcher number = NUMBER.matcher(folded.substring(i, Math.min(n, i + 6)));
      if (number.find() && number.end() > 0) {
        i += number.end();
        continue;
      }
      int end = -1;
      for (int e = Math.min(n, i + MAX_LABEL); e > i; e--) {
        if (isLabel(folded.substring(i, e))) {
          end = e;
          break;
        }
      }
      if (end >= 0) {
        // a qualifier in brackets belongs to the label it follows: 其他(“线下”) is one label
        int closed = afterBrackets(cell, end);
        end = closed > 0 ? closed : end;
      } else {
        // an unknown label runs to the next separator (none counts inside brackets); a slash
        // separates two labels only where no known label contains it (发布会/听证会 stays whole)
        end = i;
        while (end < n
            && SEPARATORS.indexOf(cell.charAt(end)) < 0
            && !(cell.charAt(end) == '/' && end - i >= 2 && wordAfter(cell, end + 1) >= 2)) {
          int closed = afterBrackets(cell, end);
          end = closed > 0 ? closed : end + 1;
        }
        if (end < n && cell.charAt(end) == '/') {
          end = beforeLabelOverSlash(folded, i, end);
        }
      }
      out.add(cell.substring(i, end));
      i = end;
    }
    return out;
  }

  /**
   * Where the brackets opening at {@code at} close (the index after the closing one), or -1 where
   * no bracket opens there or it does not close on the same line within {@link #MAX_QUALIFIER}.
   */
  private static int afterBrackets(String cell, int at) {
    if (at >= cell.length() || OPENING.indexOf(cell.charAt(at)) < 0) {
      return -1;
    }
    int depth = 0;
    for (int i = at; i < Math.min(cell.length(), at + MAX_QUALIFIER); i++) {
      char c = cell.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (OPENING.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSING.indexOf(c) >= 0 && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The labels of the text after a box: the boxed label, then each label printed after it without a
   * box of its own, after a line break, a space or a list separator, where a known label starts
   * ({@code ■政府网站⏎社区/企事业单位/村公示栏(电子屏)}) or one ends ({@code ■政府网站⏎乡村大喇叭}). A known label wrapped
   * onto the next line ({@code 社区/企事业单位/⏎村公示栏(电子屏)}) and an unknown one ({@code ■村务⏎公开栏}) stay
   * whole.
   */
  private List<String> labelsAfterBox(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int spanned = knownLabelEnd(text, 0);
    for (int s = 1; s < text.length(); s++) {
      boolean partStart =
          BREAKS.indexOf(text.charAt(s - 1)) >= 0 && BREAKS.indexOf(text.charAt(s)) < 0;
      if (!partStart || s < spanned) {
        continue;
      }
      // a new label: a known one starts here, or a known one ends here and what follows is no
      // bracketed qualifier of it (■政府网站<br>乡村大喇叭, but ■政府网站<br>(区门户网站))
      int end = knownLabelEnd(text, s);
      boolean afterKnown =
          OPENING.indexOf(text.charAt(s)) < 0 && isLabel(strip(text.substring(start, s)));
      if (end > 0 || afterKnown) {
        out.add(strip(text.substring(start, s)));
        start = s;
        spanned = Math.max(end, s);
      }
    }
    out.add(strip(text.substring(start)));
    return out;
  }

  /**
   * The end of the longest known label starting at {@code from} and ending where the text or a part
   * of it ends (at a break), or -1 for none.
   */
  private int knownLabelEnd(String text, int from) {
    for (int e = Math.min(text.length(), from + LABEL_WINDOW); e > from; e--) {
      boolean partEnd = e == text.length() || BREAKS.indexOf(text.charAt(e)) >= 0;
      if (partEnd && isLabel(text.substring(from, e))) {
        return e;
      }
    }
    return -1;
  }

  /**
   * A label as one line: a label wrapped in its cell ({@code 社区/企事业单位/⏎村公示栏}) is joined without the
   * break, as Chinese text is; a space is kept between two Latin letters or digits.
   */
  private static String oneLine(String label) {
    java.util.regex.Matcher m = WRAP.matcher(label);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(label, last, m.start());
      boolean latin =
          m.start() > 0
              && m.end() < label.length()
              && isLatin(label.charAt(m.start() - 1))
              && isLatin(label.charAt(m.end()));
      out.append(latin ? " " : "");
      last = m.end();
    }
    return out.append(label, last, label.length()).toString();
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  /**
   * Where an unknown label from {@code from} that stops at the slash at {@code slash} ends: before
   * a known label spanning that slash ({@code X入户/现场} → {@code X}, then {@code 入户/现场}), which is
   * never split, else at the slash.
   */
  private int beforeLabelOverSlash(String folded, int from, int slash) {
    for (int s = from + 1; s < slash; s++) {
      for (int e = Math.min(folded.length(), s + MAX_LABEL); e > slash + 1; e--) {
        if (isLabel(folded.substring(s, e))) {
          return s;
        }
      }
    }
    return slash;
  }

  /** The length of the text from {@code from} to the next separator or slash. */
  private static int wordAfter(String cell, int from) {
    int e = from;
    while (e < cell.length() && SEPARATORS.indexOf(cell.charAt(e)) < 0 && cell.charAt(e) != '/') {
      e++;
    }
    return e - from;
  }

  private static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && SEPARATORS.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && SEPARATORS.indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }
}
