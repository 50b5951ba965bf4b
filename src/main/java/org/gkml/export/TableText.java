package org.gkml.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Mode;

/**
 * The text of the official table in its printed forms (Excel, Word): titles, the lines about the
 * region and the legend, and each cell's value. Thread-safe.
 */
final class TableText {
  private final ExcelOptions.ChannelStyle channelStyle;
  private final ChannelVocabulary vocabulary;

  TableText(ExcelOptions.ChannelStyle channelStyle, ChannelVocabulary vocabulary) {
    this.channelStyle = channelStyle;
    this.vocabulary = vocabulary;
  }

  /** The title of the list of domains. */
  static String indexTitle(PublishedCatalog p) {
    return p.isBasic() ? "基层政务公开标准目录（基础目录）" : p.regionName() + "基层政务公开标准目录";
  }

  /** The lines under the list of domains: region, tier, issuer, date, legend. */
  List<String> indexFacts(PublishedCatalog p) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "区域：" + (p.isBasic() ? "基础目录（不含区域个性化）" : p.regionName() + "（" + p.regionCode() + "）"));
    lines.add("公开层级：" + (p.tier() == null ? "全部层级" : p.tier().word()));
    if (p.issuer() != null && !p.issuer().isEmpty()) {
      lines.add("发布机关：" + p.issuer());
    }
    lines.add("生成日期：" + p.date());
    lines.add(legend(p));
    return lines;
  }

  /** What the marks of the table mean. */
  String legend(PublishedCatalog p) {
    StringBuilder s = new StringBuilder("说明：“" + TableVocabulary.TICK + "”表示适用");
    if (channelStyle == ExcelOptions.ChannelStyle.CHECKLIST) {
      s.append("；公开渠道和载体中“")
          .append(TableVocabulary.CHECKED)
          .append("”表示采用，“")
          .append(TableVocabulary.UNCHECKED)
          .append("”表示未采用");
    }
    if (!p.isBasic()) {
      s.append("；序号后带“")
          .append(TableVocabulary.CUSTOM_MARK)
          .append("”并加底纹的为本地区")
          .append(TableVocabulary.CUSTOM)
          .append("事项");
    }
    s.append("；备注首行“")
        .append(TableVocabulary.OPTIONAL_NOTE)
        .append("”表示下级可按规定删除的事项；")
        .append(TableVocabulary.ID_HEADER)
        .append("列为事项编号，供修订和导入使用。");
    return s.toString();
  }

  /** The title of a domain's table, with the region's name in front. */
  static String domainTitle(PublishedCatalog p, Catalog catalog) {
    String title =
        catalog.title() != null && !catalog.title().isBlank()
            ? catalog.title()
            : catalog.domain() + TableVocabulary.TITLE_TAIL;
    return p.isBasic() || title.startsWith(p.regionName()) ? title : p.regionName() + title;
  }

  /** The facts about a domain's table (one line), without the legend. */
  static String domainFacts(PublishedCatalog p, Catalog catalog) {
    List<String> parts = new ArrayList<>();
    if (!p.isBasic()) {
      parts.add("区域：" + p.regionName() + "（" + p.regionCode() + "）");
    }
    if (p.tier() != null) {
      parts.add("公开层级：" + p.tier().word());
    }
    if (catalog.version() != null) {
      parts.add("版本：" + catalog.version());
    }
    String issuer = issuer(p, catalog);
    if (issuer != null && !issuer.isEmpty()) {
      parts.add("发布机关：" + issuer);
    }
    if (catalog.effective() != null) {
      parts.add("施行日期：" + catalog.effective());
    }
    parts.add("生成日期：" + p.date());
    return String.join("　", parts);
  }

  /** Who issues a domain's table: its own issuer, else the set's. */
  static String issuer(PublishedCatalog p, Catalog catalog) {
    return catalog.issuer() != null ? catalog.issuer() : p.issuer();
  }

  /** The facts about a domain's table, then the legend. */
  String domainInfo(PublishedCatalog p, Catalog catalog) {
    return domainFacts(p, catalog) + "\n" + legend(p);
  }

  /** One box of a channel checklist: its label and the key it compares by. */
  record Box(String label, String key) {}

  /**
   * The boxes of a table's channel checklist: the printed list of the vocabulary, then the channels
   * the table's items use besides it, in vocabulary order, so every row of a table shows the same
   * boxes.
   */
  List<Box> checklist(Catalog catalog) {
    Map<String, String> boxes = new LinkedHashMap<>();
    vocabulary.printedList().forEach(c -> boxes.put(ChannelVocabulary.normalize(c), c));
    Map<String, String> extra = new LinkedHashMap<>();
    for (Item item : catalog.items()) {
      for (String c : item.channels()) {
        String key = ChannelVocabulary.normalize(c);
        if (!boxes.containsKey(key)) {
          extra.putIfAbsent(key, c);
        }
      }
    }
    extra.entrySet().stream()
        .sorted(
            (a, b) -> Integer.compare(vocabulary.rank(a.getValue()), vocabulary.rank(b.getValue())))
        .forEach(e -> boxes.put(e.getKey(), e.getValue()));
    List<Box> out = new ArrayList<>();
    boxes.forEach((key, label) -> out.add(new Box(label, key)));
    return out;
  }

  /**
   * The text of an item's cell. {@code lineUnits} is how many width units (two for a CJK character)
   * a line of the channel column holds: the checklist is broken into lines between boxes, never
   * inside a channel's name (a box wider than a line stands on a line of its own).
   */
  String value(
      TableColumn col, Item item, int seq, boolean custom, List<Box> checklist, int lineUnits) {
    return switch (col.kind()) {
      case SEQ -> custom ? seq + TableVocabulary.CUSTOM_MARK : Integer.toString(seq);
      case LEVEL1 -> orEmpty(item.level1());
      case LEVEL2 -> orEmpty(item.level2());
      case CONTENT -> orEmpty(item.content());
      case BASIS -> String.join("\n", item.basis());
      case DEADLINE -> orEmpty(item.deadline());
      case OWNER -> orEmpty(item.owner());
      case CHANNELS -> channels(item, checklist, lineUnits);
      case AUDIENCE_PUBLIC -> tick(item.audience() != null && item.audience().includesPublic());
      case AUDIENCE_SPECIFIC -> tick(item.audience() != null && item.audience().includesSpecific());
      case MODE_PROACTIVE -> tick(item.mode() == Mode.PROACTIVE);
      case MODE_ON_REQUEST -> tick(item.mode() == Mode.ON_REQUEST);
      case TIER -> tick(item.publishedAt(col.tier()));
      case NOTE -> note(item);
      case ID -> item.id();
    };
  }

  private String channels(Item item, List<Box> checklist, int lineUnits) {
    if (channelStyle == ExcelOptions.ChannelStyle.LIST) {
      return String.join("\n", item.channels());
    }
    Set<String> used = new HashSet<>();
    item.channels().forEach(c -> used.add(ChannelVocabulary.normalize(c)));
    StringBuilder s = new StringBuilder();
    int line = 0;
    for (Box box : checklist) {
      String entry =
          (used.contains(box.key()) ? TableVocabulary.CHECKED : TableVocabulary.UNCHECKED)
              + box.label();
      int units = ExcelText.units(entry);
      if (s.length() == 0) {
        line = units;
      } else if (line + 1 + units <= lineUnits) {
        s.append(' ');
        line += 1 + units;
      } else {
        s.append('\n');
        line = units;
      }
      s.append(entry);
    }
    return s.toString();
  }

  private static String note(Item item) {
    String note = orEmpty(item.note());
    if (!item.optional()) {
      return note;
    }
    return note.isEmpty()
        ? TableVocabulary.OPTIONAL_NOTE
        : TableVocabulary.OPTIONAL_NOTE + "\n" + note;
  }

  private static String tick(boolean on) {
    return on ? TableVocabulary.TICK : "";
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
