package org.gkml;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Small catalogue texts and test resources that tests start from. */
public final class TestCatalogs {
  private TestCatalogs() {}

  /** A folder or file of {@code src/test/resources}, as a path. */
  public static Path resource(String name) {
    try {
      return Path.of(TestCatalogs.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid catalogue, one domain, one item, no finding. */
  public static final String CATALOG =
      """
      gkml: 1
      kind: catalog
      domain: 安全生产
      title: 安全生产领域基层政务公开标准目录
      version: "2025.1"
      issuer: 示例省人民政府办公厅
      items:
        - id: AQSC-001
          level1: 行政执法
          level2: 行政处罚
          content: 处罚依据、处罚结果
          basis: [《中华人民共和国安全生产法》]
          deadline: 信息形成或者变更之日起20个工作日内
          owner: 县级应急管理部门
          channels: [政府网站, 两微一端]
          audience: 全社会
          mode: 主动
          tiers: [县级, 乡级]
      """;
}
