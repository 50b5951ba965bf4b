package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gkml.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level name a narrow cell wrapped over lines is one name (征收/启动/要件 → 征收启动要件); lines that are no
 * wrap (a list, a remark in brackets, lines of other widths) stay as printed.
 */
class WrappedNamesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "征收\\n启动\\n要件|征收启动要件",
        "地方\\n层面\\n法规\\n政策|地方层面法规政策",
        "公共服务\\n事项|公共服务事项",
        "行政\\n管理|行政管理",
        "政策文件\\n(法规规章)|政策文件\\n(法规规章)",
        "1.行政许可\\n2.行政处罚|1.行政许可\\n2.行政处罚",
        "行政许可\\n一、其他|行政许可\\n一、其他",
        "社会救助\\n临时救助政策文件汇编|社会救助\\n临时救助政策文件汇编",
        "政务公开，\\n其他|政务公开，\\n其他",
        "Policy\\nfiles|Policy\\nfiles",
        "一行|一行"
      })
  void aCellWidthWrapIsJoinedAndNothingElse(String printed, String read) {
    assertThat(WrappedNames.unwrap(printed.replace("\\n", "\n")))
        .isEqualTo(read.replace("\\n", "\n"));
  }

  @Test
  void importedLevelNamesAreUnwrapped() throws Exception {
    ImportResult r =
        WebPages.imported(
            dir,
            "国有土地上房屋征收与补偿领域基层政务公开标准目录",
            WebPages.row(
                    "序号", "一级事项", "二级事项", "三级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象",
                    "公开方式", "公开层级")
                + WebPages.row(
                    "1",
                    "征收<br>启动<br>要件",
                    "地方<br>层面",
                    "房屋<br>征收",
                    "决定",
                    "《条例》",
                    "20日",
                    "乡镇人民政府",
                    "政府网站",
                    "全社会",
                    "主动",
                    "乡级"));
    Item item = r.catalogs().get(0).items().get(0);
    assertThat(item.level1()).isEqualTo("征收启动要件");
    assertThat(item.level2()).isEqualTo("地方层面");
    assertThat(item.level3()).isEqualTo("房屋征收");
    assertThat(r.extras().get(item.id())).containsEntry("level3", "房屋征收");
  }
}
