package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.DomainNames;
import org.gkml.model.HeaderWords;
import org.gkml.model.HeaderWords.Role;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces that read single cells: basis splitting, channel checklists, marks, header words. */
class CellTextTest {
  private final ChannelCells channels =
      new ChannelCells(ChannelVocabulary.standard().with(List.of("浙里办")));

  @Test
  void basisSplitsPerTitleKeepingItsDocumentNumber() {
    assertThat(BasisText.split("1.《中华人民共和国食品安全法》;2.《中华人民共和国政府信息公开条例》"))
        .containsExactly("《中华人民共和国食品安全法》", "《中华人民共和国政府信息公开条例》");
    assertThat(
            BasisText.split(
                "《就业服务与就业管理规定》(中华人民共和国人力资源和社会保障部令第23号)、《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)"))
        .containsExactly(
            "《就业服务与就业管理规定》(中华人民共和国人力资源和社会保障部令第23号)", "《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)");
    assertThat(BasisText.split("1.《条例》2.《保障法》3.《图书馆法》")).containsExactly("《条例》", "《保障法》", "《图书馆法》");
    assertThat(BasisText.split("《广东省实施<中华人民共和国就业促进法>办法》和《就业促进法》"))
        .containsExactly("《广东省实施<中华人民共和国就业促进法>办法》", "《就业促进法》");
    assertThat(BasisText.split("《条例》\n（国务院令第711号）\n《意见》"))
        .containsExactly("《条例》（国务院令第711号）", "《意见》");
    assertThat(BasisText.split("根据《条例》第二十条")).containsExactly("根据《条例》第二十条");
    assertThat(BasisText.split("信息公开规定")).containsExactly("信息公开规定");
    assertThat(BasisText.split("  ")).isEmpty();
    assertThat(BasisText.split("《条例》\n其他规定")).containsExactly("《条例》", "其他规定");
  }

  @Test
  void checklistsReadCheckedBoxesOnly() {
    assertThat(channels.read("■政府网站 □政府公报 ■两微一端").channels()).containsExactly("政府网站", "两微一端");
    assertThat(channels.read("▄政府网站;口政府公报;口政务新媒体;▄公开查阅点").channels())
        .containsExactly("政府网站", "公开查阅点");
    assertThat(channels.read("■政府网站口政府公报").channels()).containsExactly("政府网站");
    // 口 inside a word is not a box
    ChannelCells.Read window = channels.read("■办事窗口 □政府公报");
    assertThat(window.channels()).containsExactly("办事窗口");
    assertThat(window.undeclared()).containsExactly("办事窗口");
    assertThat(channels.read("☑政府网站 ☐政府公报 √精准推送").channels()).containsExactly("政府网站", "精准推送");
  }

  @Test
  void labelsMapToTheVocabulary() {
    ChannelCells.Read r = channels.read("■政府服务中心 ■发布会听证会 ■其他_ ■其他：国家企业信用信息公示系统 ■浙里办");
    assertThat(r.channels()).containsExactly("政务服务中心", "发布会/听证会", "其他", "其他：国家企业信用信息公示系统", "浙里办");
    assertThat(r.unknown()).isEmpty();
    ChannelCells.Read plain = channels.read("政府网站、社区/企事业单位、村公示栏(电子屏)；乡村大喇叭");
    assertThat(plain.channels()).containsExactly("政府网站", "社区/企事业单位/村公示栏(电子屏)", "乡村大喇叭");
    assertThat(plain.unknown()).containsExactly("乡村大喇叭");
    ChannelCells.Read stray = channels.read("“■”表示必选项 ■政府网站");
    assertThat(stray.stray()).isNotNull();
    assertThat(channels.read("政府网站\n两微一端").channels()).containsExactly("政府网站", "两微一端");
  }

  @ParameterizedTest
  @CsvSource({
    "√,YES",
    "✓,YES",
    "是,YES",
    "●,YES",
    "■,YES",
    "'',NO",
    "□,NO",
    "口,NO",
    "否,NO",
    "申请人,OTHER"
  })
  void ticks(String cell, Marks.Tick tick) {
    assertThat(Marks.tick(cell)).isEqualTo(tick);
  }

  @ParameterizedTest
  @CsvSource({
    "序号,SEQ",
    "编号,ID",
    "一级事项,LEVEL1",
    "二级事项,LEVEL2",
    "三级事项,LEVEL3",
    "公开事项,ITEM",
    "公开内容（要素）,CONTENT",
    "公开内容,CONTENT",
    "公开依据,BASIS",
    "公开时限,DEADLINE",
    "公开主体,OWNER",
    "公开渠道和载体,CHANNELS",
    "公开对象,AUDIENCE",
    "全社会,AUDIENCE_PUBLIC",
    "特定群众,AUDIENCE_SPECIFIC",
    "特定群体（请写明）,AUDIENCE_SPECIFIC",
    "主动,MODE_PROACTIVE",
    "依申请公开,MODE_ON_REQUEST",
    "申请,MODE_ON_REQUEST",
    "公开方式,MODE",
    "公开层级,TIERS",
    "备注,NOTE",
    "市级,CITY"
  })
  void headerWords(String word, Role role) {
    assertThat(HeaderWords.classify(word))
        .get()
        .extracting(HeaderWords.Match::role)
        .isEqualTo(role);
  }

  @ParameterizedTest
  @CsvSource({
    "县级,COUNTY", "区级,COUNTY", "区县级,COUNTY", "县（区）级,COUNTY", "旗级,COUNTY", "乡级,TOWNSHIP",
    "镇级,TOWNSHIP", "乡镇级,TOWNSHIP", "镇街级,TOWNSHIP", "镇街乡,TOWNSHIP", "村级,VILLAGE", "嘎查（社区）级,VILLAGE",
    "社区级,VILLAGE"
  })
  void tierWords(String word, Tier tier) {
    assertThat(HeaderWords.classify(word))
        .get()
        .extracting(HeaderWords.Match::tiers)
        .isEqualTo(Set.of(tier));
  }

  @Test
  void twoTiersInOneWord() {
    assertThat(HeaderWords.classify("乡、村级").get().tiers())
        .containsExactlyInAnyOrder(Tier.TOWNSHIP, Tier.VILLAGE);
    assertThat(HeaderWords.classify("镇、村级").get().tiers())
        .containsExactlyInAnyOrder(Tier.TOWNSHIP, Tier.VILLAGE);
    assertThat(HeaderWords.classify("与安全生产有关的法律")).isEmpty();
    assertThat(HeaderWords.classify("")).isEmpty();
  }

  @Test
  void domainsByNameAliasAndCode() {
    DomainNames d = DomainNames.standard();
    assertThat(d.find("达川区安全生产领域基层政务公开标准目录"))
        .get()
        .extracting(DomainNames.Domain::name)
        .isEqualTo("安全生产");
    assertThat(d.find("就业创业领域")).get().extracting(DomainNames.Domain::name).isEqualTo("就业");
    assertThat(d.find("乡村振兴领域")).get().extracting(DomainNames.Domain::name).isEqualTo("乡村振兴");
    assertThat(d.find("国有土地上房屋征收与补偿领域"))
        .get()
        .extracting(DomainNames.Domain::name)
        .isEqualTo("国有土地上房屋征收与补偿");
    assertThat(d.find("Sheet1")).isEmpty();
    assertThat(d.code("安全生产")).isEqualTo("AQSC");
    assertThat(d.code("住房保障")).isEqualTo("ZFBZ");
    assertThat(d.code("交通运输")).isEqualTo("JTYS");
    assertThat(d.code("某某新领域")).matches("X[0-9A-F]{6}");
    assertThat(d.fileName("安全生产")).isEqualTo("safety-production.yaml");
    assertThat(d.fileName("某/领域")).isEqualTo("某_领域.yaml");
  }

  @Test
  void cellTextIsCleaned() {
    assertThat(WorkbookReader.clean(" 第一行_x000D_\n第二行\u00A0")).isEqualTo("第一行\n第二行");
  }

  @Test
  void charactersAReaderDoesNotSeeAreNotImported() {
    // pasted from Word or a web editor: zero-width space, soft hyphen, BOM, DEL, bidi mark
    assertThat(WorkbookReader.clean("安全\u200B生产\u00AD许可\uFEFF\u007F\u200E")).isEqualTo("安全生产许可");
    // Word's manual line break as a vertical tab, and the Unicode separators: line breaks
    assertThat(WorkbookReader.clean("第一行\u000B第二行\u2028第三行\u2029第四行"))
        .isEqualTo("第一行\n第二行\n第三行\n第四行");
    assertThat(WorkbookReader.clean("2025\u202F年")).isEqualTo("2025 年");
    // what a reader sees stays: tabs, full-width space, CJK Extension B
    assertThat(WorkbookReader.clean("甲\t乙\u3000丙𠲖")).isEqualTo("甲\t乙\u3000丙𠲖");
  }
}
