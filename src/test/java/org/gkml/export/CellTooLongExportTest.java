package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.model.Audience;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * A value longer than an Excel cell that reaches the exporter unchecked is refused naming the
 * domain, the item and the column, in the user's language; not POI's "Error generating Excel rows"
 * blamed on writing the file.
 */
class CellTooLongExportTest {
  @Test
  void aValueTooLongForItsCellNamesTheItemAndColumn() {
    Item big =
        HtmlFixtures.item("AQSC-001", "行政许可", "内".repeat(40_000), Mode.PROACTIVE, Audience.PUBLIC);
    Publication publication =
        new Publication(
            new Region(new RegionCode("511703"), "达川区"),
            Tier.COUNTY,
            List.of(HtmlFixtures.catalog("安全生产", List.of(big))),
            Set.of(),
            Map.of());
    PublishedCatalog published = new PublishedCatalog(publication, "达川区人民政府办公室", HtmlFixtures.DATE);
    ExcelExporter exporter =
        new ExcelExporter(ExcelOptions.defaults(), ChannelVocabulary.standard());

    assertThatThrownBy(() -> exporter.write(published, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            GkmlException.class,
            e -> {
              assertThat(e.key()).isEqualTo("export.cellTooLong");
              assertThat(e.render(Messages.english()))
                  .contains("item AQSC-001 of 安全生产")
                  .contains("40,000 characters")
                  .contains("32,767");
              assertThat(e.render(Messages.of(java.util.Locale.SIMPLIFIED_CHINESE)))
                  .startsWith("无法导出安全生产的事项 AQSC-001：")
                  .contains("40,000 个字符");
            });
  }
}
