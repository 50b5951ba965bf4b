package org.gkml.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses printed in a channel cell ({@code ■政府網站http://www.shao168.com/…#2638}, {@code
 * 政府网站(www.x.gov.cn)}): where the site is, never part of a channel's name. They are cut out so the
 * label before them reads as the channel it is, and kept for the item's note.
 */
final class WebAddresses {
  /** The characters of an address after its start, and those it may end with (not . , : ? !). */
  private static final String BODY = "[-A-Za-z0-9._~:/?#@!$&'*+=%]*";

  private static final String END = "[-A-Za-z0-9_~/#=%&]";

  /**
   * An address: with its scheme or {@code www.}, or a bare host under a top-level domain Chinese
   * government sites use ({@code zmt.gov.cn}); not inside a longer Latin word.
   */
  private static final String ADDRESS =
      "(?<![A-Za-z0-9.@/-])(?:(?:https?://|www\\.)"
          + BODY
          + END
          + "|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:cn|com|net|org)(?![A-Za-z0-9.-])(?:[/?#]"
          + BODY
          + END
          + ")?)";

  /** A word that introduces an address: 网址：, 链接:. */
  private static final String LEAD = "(?:(?:网址|網址|网站地址|網站地址|链接|鏈接|网页|網頁)\\s*[:：]?\\s*)?";

  /** An address in brackets of its own, or with its lead word, or bare. */
  private static final Pattern PRINTED =
      Pattern.compile(
          "[(（]\\s*(?:(?:网站|網站)\\s*[:：]\\s*)?"
              + LEAD
              + "(?<bracketed>"
              + ADDRESS
              + ")\\s*[)）]|"
              + LEAD
              + "(?<bare>"
              + ADDRESS
              + ")",
          Pattern.CASE_INSENSITIVE);

  /** Where a label before an address starts: after a box, a list separator or a line break. */
  private static final String LABEL_START = "、,，;；\n\t　 ";

  /**
   * An address cut from a cell, with the text printed right before it on its line (the label it
   * belongs to, or empty).
   */
  record Found(String before, String address) {
    /** The address as the item's note keeps it: after its label, when one was printed before it. */
    String note() {
      return before.isEmpty() ? address : before + "：" + address;
    }
  }

  /** The cell with its addresses replaced by a space each, and the addresses in order. */
  record Cut(String rest, List<Found> found) {}

  private WebAddresses() {}

  /**
   * Cuts the addresses out of a cell, except one inside a filled-in 其他 ({@code 其他:信用中国(www.…)}),
   * which is that label's own text and written as the channel.
   */
  static Cut cut(String cell, java.util.function.Predicate<Character> box) {
    Matcher m = PRINTED.matcher(cell);
    StringBuilder rest = new StringBuilder();
    List<Found> found = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      int start = m.start();
      // the label an address follows, past the space, colon or line break between them
      while (start > last && " \t　\n:：".indexOf(cell.charAt(start - 1)) >= 0) {
        start--;
      }
      while (start > 0
          && LABEL_START.indexOf(cell.charAt(start - 1)) < 0
          && !box.test(cell.charAt(start - 1))) {
        start--;
      }
      String before = cell.substring(Math.max(start, last), m.start()).strip();
      if (filledInOther(before)) {
        continue;
      }
      String address = m.group("bracketed") != null ? m.group("bracketed") : m.group("bare");
      found.add(new Found(before.replaceAll("[:：\\s]+$", ""), address));
      rest.append(cell, last, m.start()).append(' ');
      last = m.end();
    }
    if (found.isEmpty()) {
      return new Cut(cell, List.of());
    }
    return new Cut(rest.append(cell, last, cell.length()).toString(), List.copyOf(found));
  }

  private static boolean filledInOther(String before) {
    String folded = org.gkml.text.TextFold.aligned(before);
    return folded.startsWith("其他:") || folded.startsWith("其他：");
  }
}
