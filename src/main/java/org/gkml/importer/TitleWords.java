package org.gkml.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.text.TextFold;

/**
 * The words of a catalogue's title line, which pages print as {@code 〔list
 * number〕〔issuer〕〔domain〕领域基层政务公开标准目录}: {@code (二)凤屯镇政府文件信息领域…}, {@code 青浦区教育局义务教育领域…}. A list
 * number is the page's numbering of its sections, never part of the title or the issuer. The issuer
 * is taken only when the words before the domain are, all of them, names of places or bodies
 * ({@code 重庆市荣昌区}, {@code 青浦区教育局}); words that end elsewhere ({@code 重庆市荣昌区涉贫涉}, where the domain
 * is cut out of {@code 涉贫涉乡村振兴}) are no issuer. Words are matched in simplified script without
 * pinyin glosses or spaces, and cut from the line as printed.
 */
final class TitleWords {
  /** A leading list number: (一) （二） 一、 1. 1、 (1) ⑴ ㈠ 第一 第二部分 (① apart, below). */
  private static final Pattern LIST_NUMBER =
      Pattern.compile(
          "^(?:\\(\\s*[一二三四五六七八九十百零〇\\d]{1,4}\\s*\\)"
              + "|[一二三四五六七八九十百零〇]{1,4}\\s*[、.]"
              + "|\\d{1,3}\\s*(?:[、)]|\\.(?!\\d))"
              + "|[⑴-⒇㈠-㈩]"
              + "|第[一二三四五六七八九十百零〇\\d]{1,4}(?:部分|章|节|篇)?\\s*[、.:：]?)\\s*");

  private static final Pattern CIRCLED = Pattern.compile("^[①-⑳]\\s*");

  /** The label of an attachment before a title: 附件5: 附件 2 附件三、 附件. */
  private static final Pattern ATTACHMENT =
      Pattern.compile("^附件\\s*[\\d一二三四五六七八九十]{0,3}\\s*[:、.]?\\s*");

  /** A file's extension after a title, as a page links the file: 目录.doc, 目录.xlsx. */
  private static final Pattern FILE_EXTENSION =
      Pattern.compile("\\s*\\.(?i:docx?|xlsx?|pdf|wps|et|ofd)\\s*$");

  /** A character of a name: a Han character, or a star where a page masked one ({@code **县}). */
  private static final String NAME_CHAR = "[\\p{IsHan}*]";

  /** How a place name ends: an administrative division (县, 街道, 社区 …). */
  private static final String PLACE_END =
      "(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|苏木|嘎查|社区|省|市|州|盟|县|区|旗|镇|乡|村)";

  /** How a body's name ends: 人民政府, 办事处, 局, 委员会 … */
  private static final String BODY_END = "(?:人民政府|政府|办事处|管委会|委员会|办公室|中心|局|厅|委|办|所|站|院|处|队)";

  /** One name of at least two characters and its ending; a 1-character 城市 or 乡村 is no place. */
  private static final String PLACE = NAME_CHAR + "{2,10}?" + PLACE_END;

  private static final Pattern PLACES = Pattern.compile("^(?:" + PLACE + ")+");

  /** Words that are, all of them, names of places and bodies: 重庆市荣昌区, 青浦区教育局. */
  private static final Pattern ISSUER =
      Pattern.compile("^(?:" + PLACE + "|" + NAME_CHAR + "{2,10}?" + BODY_END + ")+$");

  /** A body's name ending where a domain's words stop: 生态环境局, 自然资源局, 交通运输委员会. */
  private static final Pattern BODY_AFTER = Pattern.compile(BODY_END);

  /** A title naming its domain: the words before 领域, then 目录 a few words on. */
  private static final Pattern DOMAIN_TITLE = Pattern.compile("^(.{2,40}?)领域.{0,24}?目录");

  private static final Pattern DOMAIN_WORDS = Pattern.compile(NAME_CHAR + "{2,16}");

  private TitleWords() {}

  /**
   * The line without a leading attachment label and list number: {@code (一)重大建设项目领域…} → {@code
   * 重大建设项目领域…}, {@code 附件5:公共文化服务领域…} → {@code 公共文化服务领域…}.
   */
  static String withoutListNumber(String printed) {
    String s = printed.strip();
    Matcher attachment = ATTACHMENT.matcher(TextFold.aligned(s));
    if (attachment.find() && attachment.end() < s.length()) {
      s = s.substring(attachment.end()).strip();
    }
    Matcher m = LIST_NUMBER.matcher(TextFold.aligned(s));
    if (!m.find()) {
      m = CIRCLED.matcher(s); // NFKC reads ① as a bare 1
      if (!m.find()) {
        return s;
      }
    }
    return m.end() < s.length() ? s.substring(m.end()).strip() : s;
  }

  /** A title without the extension of the file it names ({@code 目录.doc} → {@code 目录}). */
  static String withoutFileExtension(String title) {
    Matcher m = FILE_EXTENSION.matcher(TextFold.aligned(title));
    return m.find() && m.start() > 0 ? title.substring(0, m.start()).strip() : title;
  }

  /**
   * The issuer a title names before its domain, as printed ({@code 青浦区教育局义务教育领域…} → 青浦区教育局), or
   * empty where there are no such words or they are not all names of places and bodies.
   */
  static Optional<String> issuerBefore(String title, String domain) {
    String line = withoutListNumber(title);
    Plain plain = Plain.of(line);
    String folded = TextFold.aligned(domain);
    int at = plain.text.indexOf(folded);
    if (at <= 0) {
      return Optional.empty();
    }
    // the domain's words ending a body's name are the issuer's (新建区生态环境局政务公开…: the
    // bureau, not 新建区 alone)
    Matcher body = BODY_AFTER.matcher(plain.text).region(at + folded.length(), plain.text.length());
    if (body.lookingAt() && ISSUER.matcher(plain.text.substring(0, body.end())).matches()) {
      return Optional.of(line.substring(0, plain.at[body.end()]).strip());
    }
    if (!ISSUER.matcher(plain.text.substring(0, at)).matches()) {
      return Optional.empty();
    }
    return Optional.of(line.substring(0, plain.at[at]).strip());
  }

  /**
   * The domain a title line names before 领域 where it is none gkml knows, glosses dropped: the words
   * after the list number and the names of places ({@code (二)凤屯镇政府文件信息领域基层政务公开标准目录} → 政府文件信息);
   * empty for a line of another form.
   */
  static Optional<String> domainIn(String printed) {
    String line = withoutListNumber(printed);
    Plain plain = Plain.of(line);
    Matcher m = DOMAIN_TITLE.matcher(plain.text);
    if (!m.find()) {
      return Optional.empty();
    }
    String words = m.group(1);
    Matcher places = PLACES.matcher(words);
    int from = places.find() ? places.end() : 0;
    if (!DOMAIN_WORDS.matcher(words.substring(from)).matches()) {
      return Optional.empty();
    }
    String name = line.substring(plain.at[from], plain.at[m.end(1)]);
    return Optional.of(TextFold.withoutGlosses(name).replaceAll("\\s+", ""));
  }

  /**
   * A line folded for matching (simplified script, NFKC, no pinyin glosses, no white space) with,
   * for each of its characters, where that character stands in the printed line.
   */
  private record Plain(String text, int[] at) {
    static Plain of(String printed) {
      String folded = TextFold.aligned(printed);
      StringBuilder text = new StringBuilder();
      int[] at = new int[folded.length() + 1];
      Matcher gloss = TextFold.gloss().matcher(folded);
      int i = 0;
      while (i < folded.length()) {
        if (Character.isWhitespace(folded.charAt(i)) || Character.isSpaceChar(folded.charAt(i))) {
          i++;
          continue;
        }
        gloss.region(i, folded.length());
        if (folded.charAt(i) == '(' && gloss.lookingAt()) {
          i = gloss.end();
          continue;
        }
        at[text.length()] = i;
        text.append(folded.charAt(i));
        i++;
      }
      at[text.length()] = folded.length();
      return new Plain(text.toString(), at);
    }
  }
}
