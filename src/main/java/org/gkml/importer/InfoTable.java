package org.gkml.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gkml.text.TextFold;

/**
 * The small table government sites print above an article: 索引号 / 发布机构 / 成文日期 / 名称 …, each label in
 * a cell and its value in the next. It is no catalogue, but it says the catalogue's name and who
 * published it, for every table after it on the page: its 名称 is read as a title line and its 发布机构
 * as an issuer field ({@link TitleFacts}).
 */
final class InfoTable {
  /** Labels of such a table; two of them make one (a catalogue's header has none). */
  private static final Set<String> LABELS =
      Set.of(
          "索引号", "名称", "标题", "文件名称", "信息名称", "发布机构", "发布机关", "发文机关", "发布单位", "发文单位", "成文日期", "发布日期",
          "发文日期", "文号", "发文字号", "主题分类", "组配分类", "主题词", "有效性", "废止日期", "生效日期");

  private static final Set<String> NAME = Set.of("名称", "标题", "文件名称", "信息名称");

  private static final Set<String> ISSUER = Set.of(TitleFacts.ISSUER_LABELS.split("\\|"));

  /** No info table is longer; a catalogue is. */
  private static final int MAX_ROWS = 12;

  private InfoTable() {}

  /** Whether the grid is such a table. */
  static boolean is(TableGrid g) {
    if (g.kind() != TableGrid.Kind.TABLE || g.rowCount() > MAX_ROWS) {
      return false;
    }
    Set<String> labels = new HashSet<>();
    for (int r = 0; r < g.rowCount(); r++) {
      for (String cell : cells(g, r)) {
        String l = label(cell);
        if (LABELS.contains(l)) {
          labels.add(l);
        }
      }
    }
    return labels.size() >= 2;
  }

  /**
   * What the table says of the catalogue, as title lines farthest first: its 名称 as a line of its
   * own, its issuer as {@code 发布机构：…}; none for a grid that is no such table.
   */
  static List<String> lines(TableGrid g) {
    List<String> out = new ArrayList<>();
    if (!is(g)) {
      return out;
    }
    for (int r = 0; r < g.rowCount(); r++) {
      List<String> cells = cells(g, r);
      for (int i = 0; i + 1 < cells.size(); i++) {
        String l = label(cells.get(i));
        String value = cells.get(i + 1).replace('\n', ' ').strip();
        if (value.isEmpty() || LABELS.contains(label(value))) {
          continue;
        }
        if (NAME.contains(l)) {
          out.add(value);
        } else if (ISSUER.contains(l)) {
          out.add(l + "：" + value);
        }
      }
    }
    return out;
  }

  /** A row's cells as the page shows them, a merged cell once. */
  private static List<String> cells(TableGrid g, int r) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < g.columnCount(); c++) {
      TableGrid.Area a = g.mergeAt(r, c);
      if (a == null || (a.firstRow() == r && a.firstCol() == c)) {
        out.add(g.own(r, c));
      }
    }
    return out;
  }

  /** A cell's text as a label: folded, without spaces ({@code 索 引 号}) or a colon. */
  private static String label(String cell) {
    return TextFold.key(cell);
  }
}
