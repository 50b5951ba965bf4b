package org.gkml.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gkml.text.TextFold;

/**
 * The English key (or value, {@link #valueOf}) a Chinese word written as a key stands for, among
 * the keys allowed where it stands: an author who knows the printed catalogue writes its words
 * ({@code 渠道}, {@code 领域}, {@code 版本}, {@code 新增}) where the format has English keys. An item's
 * column headers are read as the importer reads them ({@link ColumnHeaders}); the keys no table
 * column fills (a document's {@code domain}, a region's {@code code}, an overlay's {@code add}, the
 * config's {@code rules}) by the words below. A word that stands for several keys ({@code 名称}: a
 * config's {@code name}, a catalogue's {@code title}) means the one allowed where it stands.
 */
public final class ChineseKeys {
  private ChineseKeys() {}

  /** Longer than any column header or word below (公开渠道和载体, 咨询/监督电话): a key this long is text. */
  private static final int LONGEST_WORD = 16;

  /** Words (in {@link HeaderWords#normalize} form) and the keys they may stand for, in order. */
  private static final Map<String, List<String>> WORDS =
      Map.ofEntries(
          Map.entry("格式版本", List.of("gkml")),
          Map.entry("类型", List.of("kind")),
          Map.entry("文件类型", List.of("kind")),
          Map.entry("种类", List.of("kind")),
          Map.entry("领域", List.of("domain")),
          Map.entry("所属领域", List.of("domain")),
          Map.entry("领域名称", List.of("domain")),
          Map.entry("标题", List.of("title")),
          Map.entry("目录名称", List.of("title", "name")),
          Map.entry("名称", List.of("name", "title")),
          Map.entry("区划名称", List.of("name")),
          Map.entry("地区名称", List.of("name")),
          Map.entry("版本", List.of("version")),
          Map.entry("版本号", List.of("version")),
          Map.entry("基础目录版本", List.of("base")),
          Map.entry("基础版本", List.of("base")),
          Map.entry("发布机关", List.of("issuer")),
          Map.entry("发布单位", List.of("issuer")),
          Map.entry("发布部门", List.of("issuer")),
          Map.entry("印发机关", List.of("issuer")),
          Map.entry("制定机关", List.of("issuer")),
          Map.entry("发文机关", List.of("issuer")),
          Map.entry("生效日期", List.of("effective")),
          Map.entry("施行日期", List.of("effective")),
          Map.entry("实施日期", List.of("effective")),
          Map.entry("策略", List.of("policy")),
          Map.entry("修订记录", List.of("revisions")),
          Map.entry("修订历史", List.of("revisions")),
          Map.entry("修订", List.of("revisions")),
          Map.entry("区划", List.of("region")),
          Map.entry("行政区划", List.of("region")),
          Map.entry("地区", List.of("region")),
          Map.entry("区域", List.of("region")),
          Map.entry("代码", List.of("code")),
          Map.entry("编码", List.of("code")),
          Map.entry("区划代码", List.of("code")),
          Map.entry("行政区划代码", List.of("code")),
          Map.entry("层级", List.of("tier")),
          Map.entry("是否适用", List.of("applicable")),
          Map.entry("适用", List.of("applicable")),
          Map.entry("是否涉及", List.of("applicable")),
          Map.entry("理由", List.of("reason")),
          Map.entry("原因", List.of("reason", "trigger")),
          Map.entry("声明单位", List.of("declared-by")),
          Map.entry("声明机关", List.of("declared-by")),
          Map.entry("事项", List.of("items")),
          Map.entry("事项清单", List.of("items")),
          Map.entry("事项列表", List.of("items")),
          Map.entry("规则", List.of("rules")),
          Map.entry("检查规则", List.of("rules")),
          Map.entry("规则级别", List.of("rules")),
          Map.entry("新增", List.of("add")),
          Map.entry("增加", List.of("add")),
          Map.entry("添加", List.of("add")),
          Map.entry("修改", List.of("modify")),
          Map.entry("变更", List.of("modify")),
          Map.entry("删除", List.of("remove")),
          Map.entry("删去", List.of("remove")),
          Map.entry("移除", List.of("remove")),
          Map.entry("日期", List.of("date")),
          Map.entry("修订日期", List.of("date")),
          Map.entry("修订原因", List.of("trigger")),
          Map.entry("摘要", List.of("summary")),
          Map.entry("修订内容", List.of("summary")),
          Map.entry("批准", List.of("approved")),
          Map.entry("批准机关", List.of("approved")),
          Map.entry("可修改", List.of("modifiable")),
          Map.entry("可删除", List.of("removable")),
          Map.entry("可不适用", List.of("skippable")));

  /**
   * The English words of values and the Chinese words that stand for them, as the schemas'
   * descriptions name them (removable: never（一律不得删除）, optional-only（只能删除可选事项）, with-reason; a
   * rule's level: off（关闭）, info（提示）, warning（警告）, error（错误）) and yes and no for true and false. A
   * word may stand for values of several fields (可选: the removable optional-only, or an item's
   * optional: true): the one allowed where it stands. And the other way, the English words an
   * author types for the Chinese values of mode, audience and tiers ({@code active}: 主动, {@code
   * public}: 全社会, {@code county}: 县级).
   */
  private static final Map<String, List<String>> VALUES =
      withTiers(
          Map.ofEntries(
              Map.entry("关闭", List.of("off")),
              Map.entry("关", List.of("off")),
              Map.entry("忽略", List.of("off")),
              Map.entry("不检查", List.of("off")),
              Map.entry("提示", List.of("info")),
              Map.entry("信息", List.of("info")),
              Map.entry("警告", List.of("warning")),
              Map.entry("错误", List.of("error")),
              Map.entry("报错", List.of("error")),
              Map.entry("从不", List.of("never")),
              Map.entry("不得删除", List.of("never")),
              Map.entry("一律不得删除", List.of("never")),
              Map.entry("不可删除", List.of("never")),
              Map.entry("不能删除", List.of("never")),
              Map.entry("禁止删除", List.of("never")),
              Map.entry("可选", List.of("optional-only", "true")),
              Map.entry("仅可选", List.of("optional-only")),
              Map.entry("可选事项", List.of("optional-only")),
              Map.entry("仅可选事项", List.of("optional-only")),
              Map.entry("只能删除可选事项", List.of("optional-only")),
              Map.entry("说明理由", List.of("with-reason")),
              Map.entry("写明理由", List.of("with-reason")),
              Map.entry("须说明理由", List.of("with-reason")),
              Map.entry("附理由", List.of("with-reason")),
              Map.entry("任何事项均可删除", List.of("with-reason")),
              Map.entry("是", List.of("true")),
              Map.entry("真", List.of("true")),
              Map.entry("允许", List.of("true")),
              Map.entry("适用", List.of("true")),
              Map.entry("否", List.of("false")),
              Map.entry("假", List.of("false")),
              Map.entry("不", List.of("false")),
              Map.entry("不允许", List.of("false")),
              Map.entry("不适用", List.of("false")),
              Map.entry("必选", List.of("false")),
              Map.entry("未涉及", List.of("false")),
              // and the other way: English words for the Chinese values of mode and audience (a
              // tier's English name is Tier's: county, township, village)
              Map.entry("active", List.of("主动")),
              Map.entry("proactive", List.of("主动")),
              Map.entry("proactively", List.of("主动")),
              Map.entry("onrequest", List.of("依申请")),
              Map.entry("on-request", List.of("依申请")),
              Map.entry("uponrequest", List.of("依申请")),
              Map.entry("byrequest", List.of("依申请")),
              Map.entry("request", List.of("依申请")),
              Map.entry("onapplication", List.of("依申请")),
              Map.entry("uponapplication", List.of("依申请")),
              Map.entry("application", List.of("依申请")),
              Map.entry("passive", List.of("依申请")),
              Map.entry("public", List.of("全社会")),
              Map.entry("thepublic", List.of("全社会")),
              Map.entry("generalpublic", List.of("全社会")),
              Map.entry("wholepublic", List.of("全社会")),
              Map.entry("society", List.of("全社会")),
              Map.entry("everyone", List.of("全社会")),
              Map.entry("all", List.of("全社会")),
              Map.entry("specific", List.of("特定群体")),
              Map.entry("specificgroup", List.of("特定群体")),
              Map.entry("specificgroups", List.of("特定群体")),
              Map.entry("group", List.of("特定群体")),
              Map.entry("groups", List.of("特定群体")),
              Map.entry("town", List.of(Tier.TOWNSHIP.word())),
              Map.entry("subdistrict", List.of(Tier.TOWNSHIP.word()))));

  /** The words of values and each tier's English name (county: 县级), which Tier keeps. */
  private static Map<String, List<String>> withTiers(Map<String, List<String>> words) {
    Map<String, List<String>> all = new HashMap<>(words);
    for (Tier t : Tier.values()) {
      all.put(t.english(), List.of(t.word()));
    }
    return Map.copyOf(all);
  }

  /**
   * The value of {@code allowed} a Chinese word written as an English one stands for: a field's
   * word ({@code modifiable: [内容]}: content, as {@link #keyOf} reads it), a value's ({@code
   * removable: 可选}, {@code rules: {GK206: 错误}}, {@code optional: 是}); empty if it is no such word
   * or what it stands for is not allowed there.
   */
  public static Optional<String> valueOf(String word, Collection<String> allowed) {
    Optional<String> key = keyOf(word, allowed);
    if (key.isPresent() || word.length() > LONGEST_WORD) {
      return key;
    }
    // English words compare in lower case (Public, ON REQUEST); Chinese ones are unchanged by it
    return VALUES
        .getOrDefault(HeaderWords.normalize(word).toLowerCase(Locale.ROOT), List.of())
        .stream()
        .filter(allowed::contains)
        .findFirst();
  }

  /**
   * The words of the printed table a key may be written as in pinyin ({@code qudao}, {@code
   * gongkaiyiju}), besides {@link #WORDS}.
   */
  private static final List<String> TABLE_WORDS =
      List.of(
          TableVocabulary.LEVEL1,
          TableVocabulary.LEVEL2,
          TableVocabulary.LEVEL3,
          TableVocabulary.CONTENT,
          TableVocabulary.BASIS,
          TableVocabulary.DEADLINE,
          TableVocabulary.OWNER,
          TableVocabulary.DEPARTMENT,
          TableVocabulary.CONTACT,
          TableVocabulary.CHANNELS,
          TableVocabulary.AUDIENCE_GROUP,
          TableVocabulary.MODE_GROUP,
          TableVocabulary.TIER_GROUP,
          TableVocabulary.NOTE_HEADER,
          TableVocabulary.ID_HEADER);

  /**
   * The Chinese word a key written in pinyin spells, and the key of {@code allowed} it stands for
   * ({@code qudao}: 渠道 of 公开渠道和载体, channels): the key must be two or more whole syllables in a row
   * of one word, and all words it spells must stand for the same key. Empty for any other key (only
   * keys of ASCII letters are read: a misspelt English key is Suggestion's).
   */
  public static Optional<Map.Entry<String, String>> keyOfPinyin(
      String key, Collection<String> allowed) {
    if (key.length() < 4 || key.length() > 4 * LONGEST_WORD || !key.matches("[a-z]+")) {
      return Optional.empty();
    }
    Map<String, String> found = new LinkedHashMap<>();
    Stream.concat(TABLE_WORDS.stream(), WORDS.keySet().stream().sorted())
        .forEach(
            word -> {
              String spelt = spelt(word, key);
              if (spelt != null) {
                keyOf(spelt, allowed)
                    .or(() -> keyOf(word, allowed))
                    .ifPresent(k -> found.putIfAbsent(k, spelt));
              }
            });
    return found.size() == 1 ? Optional.of(found.entrySet().iterator().next()) : Optional.empty();
  }

  /**
   * The part of {@code word} whose syllables (two or more, in a row) spell {@code key}, or null.
   */
  private static String spelt(String word, String key) {
    String chinese = word.replaceAll("[^\\p{IsHan}]", "");
    List<String> syllables = TextFold.pinyin(chinese);
    if (syllables.size() != chinese.length()) {
      return null;
    }
    for (int from = 0; from < syllables.size(); from++) {
      StringBuilder run = new StringBuilder();
      for (int to = from; to < syllables.size() && run.length() < key.length(); to++) {
        run.append(syllables.get(to));
        if (to > from && run.toString().equals(key)) {
          return chinese.substring(from, to + 1);
        }
      }
    }
    return null;
  }

  /**
   * The key of {@code allowed} that {@code key} stands for; empty if it is no such word, or what it
   * stands for is not allowed there. Only a key with other than ASCII letters can be one, and only
   * those pay for reading it.
   */
  public static Optional<String> keyOf(String key, Collection<String> allowed) {
    if (key.length() > LONGEST_WORD || key.chars().allMatch(c -> c < 0x80)) {
      return Optional.empty();
    }
    Optional<String> column = ColumnHeaders.keyOf(key).filter(allowed::contains);
    if (column.isPresent()) {
      return column;
    }
    return WORDS.getOrDefault(HeaderWords.normalize(key), List.of()).stream()
        .filter(allowed::contains)
        .findFirst();
  }
}
