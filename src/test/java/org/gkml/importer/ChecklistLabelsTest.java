package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.gkml.model.ChannelVocabulary;
import org.junit.jupiter.api.Test;

/**
 * How the labels of a channel cell are told apart: a checklist whose Wingdings boxes lost their
 * font (R政府網站 £政府公報) reads its ticked letters only; a bracketed qualifier stays with the label it
 * follows (其他(线下)).
 */
class ChecklistLabelsTest {
  private static final ChannelCells CELLS = new ChannelCells(ChannelVocabulary.standard());

  @Test
  void wingdings2LettersReadAsTheBoxesTheyStandFor() {
    // Wingdings 2: R ☑, T ☒, £ □ (the font's table), in traditional script with pinyin glosses
    ChannelCells.Read read =
        CELLS.read(
            "R政府網(wǎng)站 £政府公報(bào)<br>£兩微一端 £發(fā)布會聽證會\n£入戶/現(xiàn)場\n".replace("<br>", "\n")
                + "£社區(qū)/企事業(yè)單位/村公示欄(電子屏)\nT公開查閱點 £精準(zhǔn)推送");
    assertThat(read.channels()).containsExactly("政府网站", "公开查阅点");
    assertThat(read.unknown()).isEmpty();
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
}
