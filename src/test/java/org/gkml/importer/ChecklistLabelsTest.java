package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.gkml.model.ChannelVocabulary;
import org.junit.jupiter.api.Test;

/**
 * How the labels of a channel cell are told apart: a bracketed qualifier stays with the label it
 * follows (其他(线下)).
 */
class ChecklistLabelsTest {
  private static final ChannelCells CELLS = new ChannelCells(ChannelVocabulary.standard());

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
