package org.gkml.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gkml.text.TextFold;

/**
 * Recognises the words of a catalogue table's header cells, with the variants real tables print
 * (公开内容 / 公开内容(要素), 特定群众 / 特定对象, 依申请 / 依申请公开, 区级 / 乡镇级 / 乡、村级 …).
 */
public final class HeaderWords {

  /** What a column holds, by its header. */
  public enum Role {
    SEQ,
    ID,
    /** 公开事项: the group over 一级/二级事项, or the only item column. */
    ITEM,
    LEVEL1,
    LEVEL2,
    LEVEL3,
    CONTENT,
    BASIS,
    DEADLINE,
    OWNER,
    CHANNELS,
    /** One channel's tick column under a 公开渠道 group (政府网站 | 公示栏 | … with √). */
    CHANNEL,
    /** 公开对象: the group over the tick columns, or a column of words. */
    AUDIENCE,
    AUDIENCE_PUBLIC,
    AUDIENCE_SPECIFIC,
    MODE,
    MODE_PROACTIVE,
    MODE_ON_REQUEST,
    TIERS,
    TIER,
    /** 市级: a county tier where a table has no county column, else a tier gkml lacks. */
    CITY,
    NOTE,
    /** 责任科室: the unit inside the owner that does the work (FORMAT 1.1 department). */
    DEPARTMENT,
    /** 咨询电话, 联系方式 (FORMAT 1.1 contact). */
    CONTACT,
    /** 领域, 类别: a category column beside the item levels; kept in the note. */
    CATEGORY,
    /** 删除理由: a region marks an inherited item removed by giving the reason (issue 14). */
    REMOVAL_REASON;

    /**
     * The key in a catalogue file of the field this column fills (渠道 → channels), or null for a
     * column that fills none (序号, and 领域, which goes into the note).
     */
    public String key() {
      return switch (this) {
        case SEQ, CATEGORY -> null;
        case ID -> "id";
        // a lone 公开事项 column is the first level (docs/import.md)
        case ITEM, LEVEL1 -> "level1";
        case LEVEL2 -> "level2";
        case LEVEL3 -> "level3";
        case CONTENT -> "content";
        case BASIS -> "basis";
        case DEADLINE -> "deadline";
        case OWNER -> "owner";
        case CHANNELS, CHANNEL -> "channels";
        case AUDIENCE, AUDIENCE_PUBLIC, AUDIENCE_SPECIFIC -> "audience";
        case MODE, MODE_PROACTIVE, MODE_ON_REQUEST -> "mode";
        case TIERS, TIER, CITY -> "tiers";
        case NOTE -> "note";
        case DEPARTMENT -> "department";
        case CONTACT -> "contact";
        case REMOVAL_REASON -> "reason";
      };
    }

    /** Roles that only a header's first row names; three of them make a header row. */
    public boolean isPrimary() {
      return switch (this) {
        case ITEM,
                LEVEL1,
                LEVEL2,
                CONTENT,
                BASIS,
                DEADLINE,
                OWNER,
                CHANNELS,
                AUDIENCE,
                MODE,
                TIERS ->
            true;
        default -> false;
      };
    }

    /** Roles of a header's second row, under a group. */
    public boolean isSub() {
      return switch (this) {
        case LEVEL1,
                LEVEL2,
                LEVEL3,
                AUDIENCE_PUBLIC,
                AUDIENCE_SPECIFIC,
                MODE_PROACTIVE,
                MODE_ON_REQUEST,
                TIER,
                CHANNEL,
                CITY ->
            true;
        default -> false;
      };
    }
  }

  /** A recognised header: its role and, for a tier column, the tiers it stands for. */
  public record Match(Role role, Set<Tier> tiers) {
    Match(Role role) {
      this(role, Set.of());
    }
  }

  private static final Pattern SEQ = Pattern.compile("序号|序|No\\.?|NO\\.?|顺序号");
  private static final Pattern ID = Pattern.compile("编号|事项编号|目录编号|ID|id|Id");
  private static final Pattern TIER_ONLY = Pattern.compile("[县区市州盟旗乡镇街道苏木村社居委嘎查、,/()级]{1,12}");
  private static final Pattern CATEGORY =
      Pattern.compile("(所属)?(领域|类别|分类|事项类别|领域类别|信息类别|信息分类|公开分类)");

  /**
   * Headers some tables give the 公开方式 (主动公开, 依申请公开) and others a category (决策公开, 执行公开): read as
   * 公开方式 by the header alone, the importer tells by the cells.
   */
  private static final Set<String> CATEGORY_OR_MODE = Set.of("公开类别", "公开类型");

  private static final Pattern VILLAGE = Pattern.compile(".*(村|社区|嘎查|居委).*");
  private static final Pattern TOWNSHIP = Pattern.compile(".*(乡|镇|街|苏木).*");
  private static final Pattern COUNTY = Pattern.compile(".*(县|区|旗).*");

  /**
   * The header each element's column has in the standard table (normalised). When two columns of a
   * table read as the same element (一级目录 beside 一级事项), the one headed with the standard word is
   * that element and the other is kept as an extra column: an exact name says more than a looser
   * match.
   */
  private static final Map<Role, Set<String>> STANDARD =
      Map.ofEntries(
          Map.entry(Role.SEQ, standard(TableVocabulary.SEQ)),
          Map.entry(Role.ID, standard(TableVocabulary.ID_HEADER, "事项编号")),
          Map.entry(Role.ITEM, standard(TableVocabulary.ITEM_GROUP)),
          Map.entry(Role.LEVEL1, standard(TableVocabulary.LEVEL1)),
          Map.entry(Role.LEVEL2, standard(TableVocabulary.LEVEL2)),
          Map.entry(Role.LEVEL3, standard(TableVocabulary.LEVEL3)),
          Map.entry(Role.CONTENT, standard(TableVocabulary.CONTENT, "公开内容")),
          Map.entry(Role.BASIS, standard(TableVocabulary.BASIS)),
          Map.entry(Role.DEADLINE, standard(TableVocabulary.DEADLINE)),
          Map.entry(Role.OWNER, standard(TableVocabulary.OWNER)),
          Map.entry(Role.CHANNELS, standard(TableVocabulary.CHANNELS, "公开渠道")),
          Map.entry(Role.AUDIENCE, standard(TableVocabulary.AUDIENCE_GROUP)),
          Map.entry(Role.AUDIENCE_PUBLIC, standard(TableVocabulary.AUDIENCE_PUBLIC)),
          Map.entry(Role.AUDIENCE_SPECIFIC, standard(TableVocabulary.AUDIENCE_SPECIFIC)),
          Map.entry(Role.MODE, standard(TableVocabulary.MODE_GROUP)),
          Map.entry(Role.MODE_PROACTIVE, standard(TableVocabulary.MODE_PROACTIVE)),
          Map.entry(Role.MODE_ON_REQUEST, standard(TableVocabulary.MODE_ON_REQUEST)),
          Map.entry(Role.TIERS, standard(TableVocabulary.TIER_GROUP)),
          Map.entry(Role.NOTE, standard(TableVocabulary.NOTE_HEADER)),
          Map.entry(Role.DEPARTMENT, standard(TableVocabulary.DEPARTMENT)),
          Map.entry(Role.CONTACT, standard(TableVocabulary.CONTACT, "咨询电话")),
          Map.entry(Role.REMOVAL_REASON, standard(TableVocabulary.REMOVAL_REASON_HEADER)));

  private HeaderWords() {}

  private static Set<String> standard(String... words) {
    Set<String> s = new java.util.HashSet<>();
    for (String w : words) {
      s.add(normalize(w));
    }
    return Set.copyOf(s);
  }

  /**
   * Whether {@code header} is the standard table's word for {@code role} (一级事项 is, 一级目录 and 一级 are
   * not), whatever its script, spacing or brackets.
   */
  public static boolean isStandard(Role role, String header) {
    return STANDARD.getOrDefault(role, Set.of()).contains(normalize(header));
  }

  /**
   * The form header words compare in: NFKC, simplified script, no white space or line breaks, no
   * pinyin glosses, one bracket form, no required-field stars ({@link TextFold#key}).
   */
  public static String normalize(String s) {
    return TextFold.key(s);
  }

  public static Optional<Match> classify(String cell) {
    String n = normalize(cell);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (SEQ.matcher(n).matches()) {
      return Optional.of(new Match(Role.SEQ));
    }
    if (ID.matcher(n).matches() || n.equals("事项编码") || n.equals("编码")) {
      return Optional.of(new Match(Role.ID));
    }
    if (n.equals(normalize(TableVocabulary.REMOVAL_REASON_HEADER)) || n.equals("删除原因")) {
      return Optional.of(new Match(Role.REMOVAL_REASON));
    }
    if (n.startsWith("一级事项") || n.equals("一级") || n.equals("一级目录")) {
      return Optional.of(new Match(Role.LEVEL1));
    }
    if (n.startsWith("二级事项") || n.equals("二级") || n.equals("二级目录")) {
      return Optional.of(new Match(Role.LEVEL2));
    }
    if (n.startsWith("三级事项") || n.equals("三级") || n.equals("三级目录")) {
      return Optional.of(new Match(Role.LEVEL3));
    }
    if (n.contains("公开内容")
        || n.contains("公开要素")
        || n.equals("内容")
        || n.equals("要素")
        || n.equals("(要素)")
        || n.equals("内容(要素)")) {
      return Optional.of(new Match(Role.CONTENT));
    }
    if (n.contains("公开事项") || n.equals("事项") || n.equals("事项名称")) {
      return Optional.of(new Match(Role.ITEM));
    }
    if (n.contains("依据")) {
      return Optional.of(new Match(Role.BASIS));
    }
    if (n.contains("时限") || n.equals("公开时间")) {
      return Optional.of(new Match(Role.DEADLINE));
    }
    if (n.contains("科室") || n.contains("股室") || n.equals("承办机构") || n.equals("具体承办单位")) {
      return Optional.of(new Match(Role.DEPARTMENT));
    }
    if (n.contains("电话") || n.contains("联系方式") || n.equals("咨询方式") || n.equals("联系人")) {
      return Optional.of(new Match(Role.CONTACT));
    }
    if (n.contains("主体")
        || n.contains("责任单位")
        || n.contains("责任部门")
        || n.contains("公开部门")
        || n.contains("公开单位")) {
      return Optional.of(new Match(Role.OWNER));
    }
    if (n.contains("渠道") || n.contains("载体")) {
      return Optional.of(new Match(Role.CHANNELS));
    }
    if (n.contains("公开对象")) {
      return Optional.of(new Match(Role.AUDIENCE));
    }
    if (n.contains("公开方式") || n.equals("公开属性") || CATEGORY_OR_MODE.contains(n)) {
      return Optional.of(new Match(Role.MODE));
    }
    if (n.contains("公开层级") || n.equals("层级")) {
      return Optional.of(new Match(Role.TIERS));
    }
    if (n.startsWith("全社会") || n.equals("社会公众") || n.equals("不特定对象")) {
      return Optional.of(new Match(Role.AUDIENCE_PUBLIC));
    }
    if (n.startsWith("特定")) {
      return Optional.of(new Match(Role.AUDIENCE_SPECIFIC));
    }
    if (n.startsWith("主动")) {
      return Optional.of(new Match(Role.MODE_PROACTIVE));
    }
    if (n.startsWith("依申请") || n.equals("申请") || n.equals("申请公开")) {
      return Optional.of(new Match(Role.MODE_ON_REQUEST));
    }
    if (n.startsWith("备注")) {
      return Optional.of(new Match(Role.NOTE));
    }
    if (CATEGORY.matcher(n).matches()) {
      return Optional.of(new Match(Role.CATEGORY));
    }
    return tier(n);
  }

  /** Whether a header is one that names the 公开方式 in some tables and a category in others. */
  public static boolean isCategoryOrMode(String header) {
    return CATEGORY_OR_MODE.contains(normalize(header));
  }

  /**
   * A tier header: 县级, 区级, 区县级, 县(区)级, 旗级 (county); 乡级, 镇级, 乡镇级, 镇街级, 街道级 (township); 村级, 村, 社区级,
   * 嘎查(社区)级 (village); 乡、村级 (township and village); 市级.
   */
  public static Optional<Match> tier(String n) {
    if (!TIER_ONLY.matcher(n).matches()) {
      return Optional.empty();
    }
    return tierByKeywords(n);
  }

  /**
   * The tiers a word under a 公开层级 header names, whatever else it says: 东阳市级 (city), 镇街乡 (township),
   * 社区(村)级 (village), 州级县级 (county, and a city tier gkml lacks).
   */
  public static Optional<Match> tierByKeywords(String n) {
    String core = n.replace("级", "");
    if (core.isEmpty()) {
      return Optional.empty();
    }
    Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    if (VILLAGE.matcher(core).matches()) {
      tiers.add(Tier.VILLAGE);
    }
    if (TOWNSHIP.matcher(core).matches()) {
      tiers.add(Tier.TOWNSHIP);
    }
    if (COUNTY.matcher(core.replace("社区", "")).matches()) {
      tiers.add(Tier.COUNTY);
    }
    if (tiers.isEmpty()) {
      return core.contains("市") || core.contains("州") || core.contains("盟")
          ? Optional.of(new Match(Role.CITY, Set.of(Tier.COUNTY)))
          : Optional.empty();
    }
    return Optional.of(new Match(Role.TIER, Set.copyOf(tiers)));
  }
}
