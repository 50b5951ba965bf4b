package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The words of a title line (import.md §1): a list number dropped, an issuer only where the words
 * before the domain are names of places and bodies, a domain gkml does not know read before 领域.
 */
class TitleWordsTest {

  @Test
  void aListNumberIsDroppedAndOnlyAListNumber() {
    assertThat(TitleWords.withoutListNumber("(十一)**县城乡规划领域")).isEqualTo("**县城乡规划领域");
    assertThat(TitleWords.withoutListNumber("（二）公共资源交易领域")).isEqualTo("公共资源交易领域");
    assertThat(TitleWords.withoutListNumber("一、扶贫领域")).isEqualTo("扶贫领域");
    assertThat(TitleWords.withoutListNumber("1.扶贫领域")).isEqualTo("扶贫领域");
    assertThat(TitleWords.withoutListNumber("第一 扶贫领域")).isEqualTo("扶贫领域");
    assertThat(TitleWords.withoutListNumber("2025.1 版目录")).isEqualTo("2025.1 版目录");
    assertThat(TitleWords.withoutListNumber("十一届")).isEqualTo("十一届");
    assertThat(TitleWords.withoutListNumber("(一)")).isEqualTo("(一)");
  }

  @Test
  void anAttachmentLabelAndAFileExtensionAreNoPartOfATitle() {
    assertThat(TitleWords.withoutListNumber("附件5:公共文化服務領域")).isEqualTo("公共文化服務領域");
    assertThat(TitleWords.withoutListNumber("附件 2：（一）扶贫领域")).isEqualTo("扶贫领域");
    assertThat(TitleWords.withoutListNumber("附件三、扶贫领域")).isEqualTo("扶贫领域");
    assertThat(TitleWords.withoutListNumber("附件2")).isEqualTo("附件2");
    assertThat(TitleWords.withoutFileExtension("扶贫领域目录.doc")).isEqualTo("扶贫领域目录");
    assertThat(TitleWords.withoutFileExtension("扶贫领域目录.XLSX")).isEqualTo("扶贫领域目录");
    assertThat(TitleWords.withoutFileExtension("扶贫领域目录 .pdf")).isEqualTo("扶贫领域目录");
    assertThat(TitleWords.withoutFileExtension("扶贫领域目录.wps")).isEqualTo("扶贫领域目录");
    assertThat(TitleWords.withoutFileExtension("目录2025.1")).isEqualTo("目录2025.1");
    assertThat(new TitleFacts(java.util.List.of("附件5:公共文化服務領域基層政務公開標準目錄.docx")).title("公共文化服务"))
        .contains("公共文化服務領域基層政務公開標準目錄");
  }

  @Test
  void theIssuerIsTheWordsBeforeTheDomainWhenTheyAreAllNamesOfPlacesAndBodies() {
    assertThat(TitleWords.issuerBefore("(十一)**县城乡规划领域基层政务公开标准目录", "城乡规划")).contains("**县");
    assertThat(TitleWords.issuerBefore("青浦区教育局义务教育领域基层政务公开标准目录", "义务教育")).contains("青浦区教育局");
    assertThat(TitleWords.issuerBefore("示例县人民政府社会救助领域目录", "社会救助")).contains("示例县人民政府");
    assertThat(TitleWords.issuerBefore("九龙街道义务教育领域目录", "义务教育")).contains("九龙街道");
    // the domain's words end the body's name: the bureau issued it, not the district alone
    assertThat(TitleWords.issuerBefore("新建区生态环境局政务公开标准目录", "生态环境")).contains("新建区生态环境局");
    assertThat(TitleWords.issuerBefore("县自然资源局政务公开标准目录", "自然资源")).contains("县自然资源局");
    // but not where the words after the domain are no body's ending
    assertThat(TitleWords.issuerBefore("县自然资源领域政务公开标准目录", "自然资源")).isEmpty();
    // glosses and traditional script: matched folded, cut as printed
    assertThat(TitleWords.issuerBefore("大河口鄉(xiāng)養(yǎng)老服務(wù)領(lǐng)域", "养老服务"))
        .contains("大河口鄉(xiāng)");
  }

  @Test
  void noIssuerFromANumberOrAWordCutInHalf() {
    assertThat(TitleWords.issuerBefore("(一)重大建设项目领域基层政务公开标准目录", "重大建设项目")).isEmpty();
    assertThat(TitleWords.issuerBefore("重庆市荣昌区涉贫涉乡村振兴领域政务公开标准目录", "乡村振兴")).isEmpty();
    assertThat(TitleWords.issuerBefore("2025年度就业领域目录", "就业")).isEmpty();
    assertThat(TitleWords.issuerBefore("就业领域基层政务公开标准目录", "就业")).isEmpty();
  }

  @Test
  void aDomainGkmlDoesNotKnowIsTheWordsBefore领域AfterThePlaces() {
    assertThat(TitleWords.domainIn("(二)鳳屯鎮(zhèn)政府文件信息領域基層政務公開標準目錄")).contains("政府文件信息");
    assertThat(TitleWords.domainIn("政府文件信息领域基层政务公开标准目录")).contains("政府文件信息");
    assertThat(TitleWords.domainIn("某省某市某某区社区建设领域 基层政务公开标准目录")).contains("社区建设");
    assertThat(TitleWords.domainIn("(十四)未涉及领域事项说明41")).isEmpty();
    assertThat(TitleWords.domainIn("溪下乡政府信息公开标准目录")).isEmpty();
    assertThat(TitleWords.domainIn("某某镇领域目录")).isEmpty();
  }
}
