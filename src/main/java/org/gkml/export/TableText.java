package org.gkml.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.concurrent.SizeBoundedCache;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.NotApplicable;
import org.gkml.model.TableVocabulary;

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

  // ---------------------------------------------------------------- a region workbook's edit aids

  /** The input message of a tick column (see {@link EditAids}). */
  static final String TICK_PROMPT = "从下拉列表选择“" + TableVocabulary.TICK + "”表示适用，清空表示不适用。";

  /** The error message of a tick column given something else. */
  static final String TICK_ERROR = "此列只能填“" + TableVocabulary.TICK + "”或留空。";

  /** The input message of the 特定群体 column, which may name the group instead. */
  static final String SPECIFIC_PROMPT =
      "选择“" + TableVocabulary.TICK + "”表示面向特定群体，也可填写特定群体的名称（如：申请人）；清空表示不面向特定群体。";

  /** The input message of the ■/□ channel checklist. */
  static final String CHANNELS_PROMPT =
      "把渠道前的“"
          + TableVocabulary.UNCHECKED
          + "”改为“"
          + TableVocabulary.CHECKED
          + "”表示采用，“"
          + TableVocabulary.CHECKED
          + "”改为“"
          + TableVocabulary.UNCHECKED
          + "”表示不采用；请勿改动渠道名称。需要其他渠道时，在末尾加“"
          + TableVocabulary.CHECKED
          + "渠道名称”。";

  /** The input message of a channel column printed as a list (one channel a line). */
  static final String CHANNEL_LIST_PROMPT = "每行一个所采用的渠道名称；删去不用的渠道所在的行，另加渠道时另起一行。";

  /** The input message of the channel column, as it is printed. */
  String channelsPrompt() {
    return channelStyle == ExcelOptions.ChannelStyle.LIST ? CHANNEL_LIST_PROMPT : CHANNELS_PROMPT;
  }

  /** The input message of the 编号 column. */
  static final String ID_PROMPT = "事项编号，导入时据此识别事项，请勿修改。新增的本地区事项此列留空，导入时自动编号。";

  /** The input message of the 删除理由 column and its header. */
  static final String REMOVAL_PROMPT =
      "本地区不公开此继承事项时，在此写明删除理由：填写即表示删除。请勿删除继承事项的整行；本地区"
          + TableVocabulary.CUSTOM
          + "事项（序号带“"
          + TableVocabulary.CUSTOM_MARK
          + "”）可直接删除整行。";

  /**
   * The note on a region workbook's 目录 sheet: how to add a local item, how to remove an inherited
   * one, and what not to change, so that {@code gkml import --region} reads the edits back.
   */
  static List<String> editGuide() {
    return List.of(
        "修改说明（在 Excel、WPS 或 LibreOffice 中修改后，用 gkml import 文件 --region 区划代码 生成本地区的目录文件）：",
        "1. 新增本地区事项：在相应领域工作表的表格下方另起一行，填写各列，“" + TableVocabulary.ID_HEADER + "”列留空（导入时自动编号）。",
        "2. 删除继承的事项：不要删除整行，在该行“"
            + TableVocabulary.REMOVAL_REASON_HEADER
            + "”列写明理由，填写即表示删除；本地区"
            + TableVocabulary.CUSTOM
            + "事项（序号带“"
            + TableVocabulary.CUSTOM_MARK
            + "”）可直接删除整行。",
        "3. 修改事项：直接修改单元格；打勾的列从下拉列表选择“"
            + TableVocabulary.TICK
            + "”或清空；"
            + TableVocabulary.CHANNELS
            + "中把“"
            + TableVocabulary.UNCHECKED
            + "”改为“"
            + TableVocabulary.CHECKED
            + "”表示采用。",
        "4. 请勿修改：“" + TableVocabulary.ID_HEADER + "”列、表头、工作表名称和本页；不要增加、删除、重命名工作表或调整其顺序。");
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
    return measures(catalog).checklist();
  }

  private List<Box> boxes(Catalog catalog) {
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
    return List.copyOf(out);
  }

  /**
   * Width units of the widest entry the channel column of {@code catalog}'s table prints: a box
   * with its label, or (as a list) a channel's name.
   */
  int widestChannel(Catalog catalog) {
    return measures(catalog).widestChannel();
  }

  /** Width units of the longest id of {@code catalog}'s items. */
  int widestId(Catalog catalog) {
    return measures(catalog).widestId();
  }

  /** A table's checklist and the widths its columns are measured by, once per catalogue. */
  private record Measures(List<Box> checklist, int widestChannel, int widestId) {}

  /** A catalogue by identity: the resolver shares the same object between regions. */
  private record Same(Catalog catalog) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same s && s.catalog == catalog;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(catalog);
    }
  }

  /** The measures of recently printed catalogues (a build prints each in many regions' tables). */
  private final SizeBoundedCache<Same, Measures> measured = new SizeBoundedCache<>(4096, m -> 1);

  private Measures measures(Catalog catalog) {
    Same key = new Same(catalog);
    Measures m = measured.get(key);
    if (m == null) {
      int id = catalog.items().stream().mapToInt(i -> ExcelText.units(i.id())).max().orElse(0);
      List<Box> checklist = boxes(catalog);
      m = new Measures(checklist, measureChannels(catalog, checklist), id);
      measured.put(key, m);
    }
    return m;
  }

  private int measureChannels(Catalog catalog, List<Box> checklist) {
    int widest = 0;
    if (channelStyle == ExcelOptions.ChannelStyle.LIST) {
      for (Item item : catalog.items()) {
        for (String c : item.channels()) {
          widest = Math.max(widest, ExcelText.units(c));
        }
      }
      return widest;
    }
    for (Box box : checklist) {
      widest = Math.max(widest, ExcelText.units(TableVocabulary.CHECKED + box.label()));
    }
    return widest;
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
      case LEVEL3 -> orEmpty(item.level3());
      case CONTENT -> orEmpty(item.content());
      case BASIS -> String.join("\n", item.basis());
      case DEADLINE -> orEmpty(item.deadline());
      case OWNER -> orEmpty(item.owner());
      case DEPARTMENT -> orEmpty(item.department());
      case CONTACT -> orEmpty(item.contact());
      case CHANNELS -> channels(item, checklist, lineUnits);
      case AUDIENCE_PUBLIC -> tick(item.audience() != null && item.audience().includesPublic());
      case AUDIENCE_SPECIFIC -> specificGroup(item);
      case MODE_PROACTIVE -> tick(item.mode() == Mode.PROACTIVE);
      case MODE_ON_REQUEST -> tick(item.mode() == Mode.ON_REQUEST);
      case TIER -> tick(item.publishedAt(col.tier()));
      case NOTE -> note(item);
      case ID -> item.id();
      case REMOVAL_REASON -> "";
    };
  }

  /**
   * The 特定群体 cell: the group an item names ({@code audience-note}, e.g. 申请人) in place of the tick,
   * as published tables write it and the importer reads it back; else the tick.
   */
  static String specificGroup(Item item) {
    boolean specific = item.audience() != null && item.audience().includesSpecific();
    if (specific && item.audienceNote() != null && !item.audienceNote().isBlank()) {
      return item.audienceNote();
    }
    return tick(specific);
  }

  /**
   * How every form shows a domain a region declared not applicable (未涉及领域), as {@code merge} writes
   * it ({@code applicable: false}, {@code reason}, {@code declared-by}): 不适用, the reason, and who
   * declared it when that is a region above the published one.
   */
  static String notApplicable(NotApplicable na, String regionCode) {
    List<String> parts = new ArrayList<>(2);
    String reason = na.reason() == null ? "" : na.reason().strip();
    if (!reason.isEmpty()) {
      parts.add("理由：" + reason);
    }
    if (!na.region().code().digits().equals(regionCode)) {
      String by = na.region().name();
      parts.add((by.isEmpty() ? na.region().code().digits() : by) + "声明");
    }
    return parts.isEmpty()
        ? TableVocabulary.NOT_APPLICABLE
        : TableVocabulary.NOT_APPLICABLE + "（" + String.join("；", parts) + "）";
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
