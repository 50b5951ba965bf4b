package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.error.ExitCode;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's web address printed in a channel cell after its label ({@code ■政府網站http://…}, {@code
 * 政府网站(www.x.gov.cn)}) is no part of the channel's name: the label is the channel, the address goes
 * to the item's note with the label, and the report says so at the cell.
 */
class WebAddressesInChannelCellsTest {
  private static final ChannelCells CELLS = new ChannelCells(ChannelVocabulary.standard());

  @TempDir Path dir;

  @Test
  void anAddressGluedToATickedLabelIsCutOff() {
    ChannelCells.Read read = CELLS.read("■政府網站http://www.shao168.com/dgzmtz/gkmlpt/index#2638");
    assertThat(read.channels()).containsExactly("政府网站");
    assertThat(read.unknown()).isEmpty();
    assertThat(read.addresses())
        .extracting(WebAddresses.Found::note)
        .containsExactly("政府網站：http://www.shao168.com/dgzmtz/gkmlpt/index#2638");
  }

  @Test
  void anAddressInBracketsOrAfterALeadWordIsCutOffWithThem() {
    ChannelCells.Read bracketed = CELLS.read("■政府网站（www.xinping.gov.cn） □政府公报 ■政务服务中心");
    assertThat(bracketed.channels()).containsExactly("政府网站", "政务服务中心");
    assertThat(bracketed.addresses())
        .extracting(WebAddresses.Found::note)
        .containsExactly("政府网站：www.xinping.gov.cn");
    ChannelCells.Read lead = CELLS.read("■政府网站 网址：https://zmt.gov.cn/gk/ □政府公报");
    assertThat(lead.channels()).containsExactly("政府网站");
    assertThat(lead.addresses())
        .extracting(WebAddresses.Found::address)
        .containsExactly("https://zmt.gov.cn/gk/");
    assertThat(lead.unticked()).isEmpty();
    // the label the address follows past a space or a line break is named with it in the note
    assertThat(CELLS.read("■政府网站 http://zmt.gov.cn/gk □政府公报").addresses())
        .extracting(WebAddresses.Found::note)
        .containsExactly("政府网站：http://zmt.gov.cn/gk");
    assertThat(CELLS.read("■政府网站\nhttp://zmt.gov.cn/gk").addresses())
        .extracting(WebAddresses.Found::note)
        .containsExactly("政府网站：http://zmt.gov.cn/gk");
  }

  @Test
  void anAddressInAPlainListIsCutOffToo() {
    ChannelCells.Read read = CELLS.read("政府网站：www.x.gov.cn、政务服务中心");
    assertThat(read.channels()).containsExactly("政府网站", "政务服务中心");
    assertThat(read.addresses())
        .extracting(WebAddresses.Found::address)
        .containsExactly("www.x.gov.cn");
    // a bare host under .gov.cn is an address as well
    assertThat(CELLS.read("■政府网站zmt.gov.cn").channels()).containsExactly("政府网站");
  }

  @Test
  void aFilledInOtherKeepsItsAddressAndWordsKeepTheirLetters() {
    ChannelCells.Read other = CELLS.read("■其他：信用中国(www.creditchina.gov.cn) □政府公报");
    assertThat(other.channels()).containsExactly("其他：信用中国(www.creditchina.gov.cn)");
    assertThat(other.addresses()).isEmpty();
    assertThat(CELLS.read("政务APP、政府网站").addresses()).isEmpty();
    assertThat(CELLS.read("■政府网站 □政府公报").addresses()).isEmpty();
  }

  @Test
  void theImportKeepsTheAddressInTheNoteAndSaysSoAtTheCell() throws Exception {
    String header =
        WebPages.row(
            "序号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级");
    String row =
        WebPages.row(
            "1",
            "种粮补贴",
            "资金发放信息",
            "《条例》",
            "20个工作日内",
            "农业局",
            "■政府網站http://www.shao168.com/gk/index#2638<br>□政府公報",
            "全社会",
            "主动",
            "乡级");
    ImportResult r = WebPages.imported(dir, "涉农补贴领域基层政务公开标准目录", header + row);

    Item item = r.catalogs().get(0).items().get(0);
    assertThat(item.channels()).containsExactly("政府网站");
    assertThat(item.note()).contains("政府網站：http://www.shao168.com/gk/index#2638");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.channelAddress"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.INFO);
              assertThat(n.cell()).isEqualTo("row 2 col 7");
              assertThat(n.args()).containsExactly("http://www.shao168.com/gk/index#2638");
            });
    assertThat(r.notes()).noneMatch(n -> n.key().startsWith("import.unknownChannel"));
    assertThat(r.exitCode(false)).isEqualTo(ExitCode.OK);
  }
}
