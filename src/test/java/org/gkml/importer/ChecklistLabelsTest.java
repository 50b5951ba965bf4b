package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the labels of a channel cell are told apart: a label printed without a box after a boxed one
 * is a label of its own (read as listed where every box is ticked, as not ticked where the
 * checklist has empty boxes), never glued to the boxed one with its line break; a checklist whose
 * Wingdings boxes lost their font (R政府網站 £政府公報) reads its ticked letters only; a bracketed
 * qualifier stays with the label it follows (其他(线下)).
 */
class ChecklistLabelsTest {
  private static final ChannelCells CELLS = new ChannelCells(ChannelVocabulary.standard());

  @TempDir Path dir;

  @Test
  void aLabelWithoutABoxAfterATickedOneIsALabelOfItsOwn() {
    for (String cell :
        new String[] {
          "■政府网站\n社区/企事业单位/村公示栏(电子屏)", "■政府网站 社区/企事业单位/村公示栏(电子屏)", "■政府网站、社区/企事业单位/村公示栏(电子屏)"
        }) {
      ChannelCells.Read read = CELLS.read(cell);
      assertThat(read.channels()).as(cell).containsExactly("政府网站", "社区/企事业单位/村公示栏(电子屏)");
      assertThat(read.listedAfter()).as(cell).containsExactly("社区/企事业单位/村公示栏(电子屏)");
      assertThat(read.unticked()).as(cell).isEmpty();
    }
    ChannelCells.Read two = CELLS.read("■政府网站\n政务服务中心\n便民服务站");
    assertThat(two.channels()).containsExactly("政府网站", "政务服务中心", "便民服务站");
  }

  @Test
  void aLabelWithoutABoxInAChecklistWithEmptyBoxesIsNotTicked() {
    ChannelCells.Read read = CELLS.read("■政府网站 □政府公报\n政务服务中心 □两微一端");
    assertThat(read.channels()).containsExactly("政府网站");
    assertThat(read.unticked()).containsExactly("政务服务中心");
    assertThat(read.listedAfter()).isEmpty();
    // the same before the first box
    ChannelCells.Read before = CELLS.read("政务服务中心 ■政府网站 □政府公报");
    assertThat(before.channels()).containsExactly("政府网站");
    assertThat(before.unticked()).containsExactly("政务服务中心");
    assertThat(before.unboxed()).isEmpty();
    ChannelCells.Read listed = CELLS.read("政务服务中心 ■政府网站");
    assertThat(listed.channels()).containsExactly("政务服务中心", "政府网站");
    assertThat(listed.unboxed()).containsExactly("政务服务中心");
  }

  @Test
  void noChannelHoldsALineBreak() {
    // a known label wrapped onto the next line is one label, not two
    ChannelCells.Read wrapped = CELLS.read("■社区/企事业单位/\n村公示栏(电子屏) □政府公报");
    assertThat(wrapped.channels()).containsExactly("社区/企事业单位/村公示栏(电子屏)");
    assertThat(wrapped.unticked()).isEmpty();
    // an unknown one is joined as the wrapped line it is
    ChannelCells.Read unknown = CELLS.read("■村务\n公开栏 □政府公报");
    assertThat(unknown.channels()).containsExactly("村务公开栏");
    assertThat(unknown.printed()).containsExactly("村务公开栏");
    for (String cell :
        new String[] {
          "■政府网站\n社区/企事业单位/村公示栏(电子屏)", "■政府网站\n乡村大喇叭", "■乡村大喇叭\n政府网站", "■其他(线下)\n政务服务中心"
        }) {
      assertThat(CELLS.read(cell).channels()).as(cell).noneMatch(c -> c.contains("\n"));
      assertThat(CELLS.read(cell).channels()).as(cell).hasSize(2);
    }
  }

  @Test
  void aFilledInOtherIsNotSplitAtItsColon() {
    assertThat(CELLS.read("■其他：国家企业信用信息公示系统 □政府公报").channels()).containsExactly("其他：国家企业信用信息公示系统");
  }

  @Test
  void wingdings2LettersReadAsTheBoxesTheyStandFor() {
    // Wingdings 2: R ☑, T ☒, £ □ (the font's table), in traditional script with pinyin glosses
    ChannelCells.Read read =
        CELLS.read(
            "R政府網(wǎng)站 £政府公報(bào)<br>£兩微一端 £發(fā)布會聽證會\n£入戶/現(xiàn)場\n".replace("<br>", "\n")
                + "£社區(qū)/企事業(yè)單位/村公示欄(電子屏)\nT公開查閱點 £精準(zhǔn)推送");
    assertThat(read.channels()).containsExactly("政府网站", "公开查阅点");
    assertThat(read.unknown()).isEmpty();
    assertThat(read.unticked()).isEmpty();
    // a ticked letter before a label gkml does not know is still a box in such a checklist
    assertThat(CELLS.read("R政府网站 £政府公报 R乡村大喇叭").channels()).containsExactly("政府网站", "乡村大喇叭");
    // one empty-box letter is a box: it stands for nothing else
    assertThat(CELLS.read("£政府公报").channels()).isEmpty();
    // Wingdings: þ ☑, ¨ ◻
    assertThat(CELLS.read("þ政府网站 ¨政府公报").channels()).containsExactly("政府网站");
  }

  @Test
  void lettersThatAreNoBoxesStayText() {
    // one ticked letter and no other box: only a letter
    assertThat(CELLS.read("R政府网站").channels()).containsExactly("R政府网站");
    // a letter inside a word is no box
    assertThat(CELLS.read("政务APP、政府网站").channels()).containsExactly("政务APP", "政府网站");
    // o and q are bullets of Word's lists as often as Wingdings boxes: a bulleted list keeps its
    // labels
    assertThat(CELLS.read("o政府网站\no政务服务中心").channels()).hasSize(2);
  }

  @Test
  void aBracketedQualifierStaysWithItsLabelInAPlainList() {
    assertThat(CELLS.read("政府网站、其他(线下)").channels()).containsExactly("政府网站", "其他(线下)");
    assertThat(CELLS.read("政府網站、社區/企事業單位/村公示欄(電子屏)、其他(“線下”)").printed())
        .containsExactly("政府網站", "社區/企事業單位/村公示欄(電子屏)", "其他(“線下”)");
    assertThat(CELLS.read("村务公开栏（线下、线上）；政府网站").channels()).containsExactly("村务公开栏（线下、线上）", "政府网站");
    // a bracket that does not close is no qualifier
    assertThat(CELLS.read("其他(线下、政府网站").channels()).contains("政府网站");
  }

  @Test
  void theImportReportsEachUnboxedLabelAtItsCell() throws Exception {
    String header =
        "<tr><th>序号</th><th>一级事项</th><th>公开内容</th><th>公开依据</th><th>公开时限</th>"
            + "<th>公开主体</th><th>公开渠道和载体</th><th>公开对象</th><th>公开方式</th><th>公开层级</th></tr>";
    ImportResult r =
        WebPages.imported(
            dir,
            "救灾领域基层政务公开标准目录",
            header
                + WebPages.row(
                    "1",
                    "事项一",
                    "内容",
                    "《条例》",
                    "20日",
                    "应急局",
                    "■政府网站<br>社区/企事业单位/村公示栏(电子屏)",
                    "全社会",
                    "主动",
                    "县级")
                + WebPages.row(
                    "2",
                    "事项二",
                    "内容",
                    "《条例》",
                    "20日",
                    "应急局",
                    "■政府网站 □政府公报<br>政务服务中心",
                    "全社会",
                    "主动",
                    "县级"));
    assertThat(r.rows().get(0).channels()).containsExactly("政府网站", "社区/企事业单位/村公示栏(电子屏)");
    assertThat(r.rows().get(1).channels()).containsExactly("政府网站");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.channelUnboxedListed"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.INFO);
              assertThat(n.cell()).isEqualTo("row 2 col 7");
            });
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("import.channelUnboxedUnticked"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Severity.WARNING);
              assertThat(n.cell()).isEqualTo("row 3 col 7");
            });
    assertThat(r.notes()).noneMatch(n -> n.key().startsWith("import.unknownChannel"));
  }
}
