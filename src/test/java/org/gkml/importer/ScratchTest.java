package org.gkml.importer;

import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void dump() throws Exception {
    String t = System.getProperty("table", "17-dongyang-city-legal-fivepublic");
    for (TableGrid g : RealTablesTest.grids(RealTablesTest.TABLES.resolve(t).resolve("raw.html"))) {
      for (int r = 0; r < g.rowCount(); r++) {
        StringBuilder b = new StringBuilder("GRID " + r + ":");
        for (int c = 0; c < g.columnCount(); c++)
          b.append(" | ").append(g.own(r, c).replace("\n", "/"));
        System.out.println(b);
      }
      g.merges().forEach(a -> System.out.println("AREA " + a));
      TableLayout l = TableLayout.detect(g).orElseThrow();
      System.out.println("header " + l.headerRow() + " data " + l.dataRow());
      l.columns().forEach(c -> System.out.println("COL " + c));
      ImportResult r =
          new TableImporter(org.gkml.model.ChannelVocabulary.standard())
              .read(RealTablesTest.TABLES.resolve(t).resolve("raw.html"), null, "x.html");
      r.notes()
          .forEach(
              n ->
                  System.out.println(
                      "NOTE " + n.render("x.html", org.gkml.model.Messages.english())));
      r.rows().forEach(x -> System.out.println("ROW " + x));
    }
  }
}
