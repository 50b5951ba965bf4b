package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts printed beside a table's title (excel.md 1.3) are read one field at a time: a value
 * ends at the next separator or label, never taking the rest of the line (版本 once read as
 * "2025.1　发布机关：…　生成日期：…" from gkml's own Word export).
 */
class TitleFactsAreReadFieldByFieldTest {

  private static TitleFacts lines(String... lines) {
    return new TitleFacts(List.of(lines));
  }

  @Test
  void fieldsSeparatedByFullWidthSpacesEndAtTheSpace() {
    TitleFacts f =
        lines(
            "区域：石桥镇（511703102）　公开层级：乡级　版本：2025.1　发布机关：示例省人民政府办公厅"
                + "　施行日期：2025-03-01　生成日期：2026-12-07");
    assertThat(f.version()).contains("2025.1");
    assertThat(f.issuer()).contains("示例省人民政府办公厅");
    assertThat(f.effectiveText()).contains("2025-03-01");
  }

  @Test
  void fieldsWrittenWithoutSeparatorsEndAtTheNextLabel() {
    TitleFacts f = lines("版本：2025.2发布机关：某县人民政府办公室施行日期：2025年3月1日");
    assertThat(f.version()).contains("2025.2");
    assertThat(f.issuer()).contains("某县人民政府办公室");
    assertThat(f.effectiveText().flatMap(TitleFacts::isoDate)).contains("2025-03-01");
  }

  @Test
  void traditionalLabelsAndAsciiColonsAreFieldsToo() {
    TitleFacts f = lines("版本: 3.0；發布機關: 某鄉人民政府");
    assertThat(f.version()).contains("3.0");
    assertThat(f.issuer()).contains("某鄉人民政府");
  }

  @Test
  void aDateInForceFromIsTheEffectiveDate() {
    assertThat(lines("本目录自2025年7月1日起施行。").effectiveText().flatMap(TitleFacts::isoDate))
        .contains("2025-07-01");
    assertThat(lines("（2 项；版本 2025.1，2025-03-01 起施行）").version()).contains("2025.1");
    assertThat(TitleFacts.isoDate("2025-02-30")).isEmpty();
    assertThat(TitleFacts.isoDate("2025.3.1")).contains("2025-03-01");
  }

  @Test
  void theNearestLineGivesTheFieldAndTheTitleStopsAtItsFacts() {
    // nearest first: the table's own title rows, then the text above it from the nearest line
    TitleFacts f =
        TitleFacts.of("", "示例省政务公开目录 版本：1.0\n安全生产领域基层政务公开标准目录 （6 项；版本 2025.1，2025-03-01 起施行）");
    assertThat(f.version()).contains("2025.1");
    assertThat(f.title("安全生产")).contains("安全生产领域基层政务公开标准目录");
    assertThat(lines("安全生产领域基层政务公开标准目录（试行）").title("安全生产")).contains("安全生产领域基层政务公开标准目录（试行）");
    assertThat(lines("安全生产领域基层政务公开标准目录　版本：2025.1").title("安全生产")).contains("安全生产领域基层政务公开标准目录");
  }

  @Test
  void theIssuerLabelOfGovernmentSitesIsAFieldToo() {
    TitleFacts f = lines("发布机构：金乡县胡集镇人民政府　成文日期：2024-06-05");
    assertThat(f.issuer()).contains("金乡县胡集镇人民政府");
    assertThat(lines("发文机关: 某县人民政府办公室").issuer()).contains("某县人民政府办公室");
  }

  @Test
  void theTitleLeavesOutThePagesListNumber() {
    for (String number : List.of("(一)", "（二）", "三、", "4.", "5、", "(6)", "第七", "第八部分 ", "⑨")) {
      assertThat(lines(number + "重大建设项目领域基层政务公开标准目录").title("重大建设项目"))
          .as(number)
          .contains("重大建设项目领域基层政务公开标准目录");
    }
    // a number that is part of the title stays
    assertThat(lines("2025年重大建设项目领域基层政务公开标准目录").title("重大建设项目"))
        .contains("2025年重大建设项目领域基层政务公开标准目录");
  }

  @Test
  void aTitleLineNamesADomainBefore领域() {
    assertThat(lines("附件", "(二)鳳屯鎮(zhèn)政府文件信息領域基層政務公開標準目錄").namedDomain())
        .hasValueSatisfying(d -> assertThat(d.getKey()).isEqualTo("政府文件信息"));
    assertThat(lines("(十四)未涉及领域事项说明41", "溪下乡政府信息公开标准目录").namedDomain()).isEmpty();
  }
}
