package org.gkml.cli;

/**
 * A county overlay that adds an item and a township overlay that modifies it: the smallest chain in
 * which a township's result depends on its county's file.
 */
final class ChainFixtures {
  private ChainFixtures() {}

  /** 达川区 adds 511703-AQSC-001, visible to its townships. */
  static final String COUNTY_ADDS =
      """
      gkml: 1
      kind: overlay
      domain: 安全生产
      region: {code: "511703", name: 达川区}
      version: "2025.1"
      add:
        - id: 511703-AQSC-001
          level1: 宣传教育
          level2: 安全生产月
          content: 活动主题
          basis: [《中华人民共和国安全生产法》]
          deadline: 信息形成或者变更之日起5个工作日内
          owner: 达川区应急管理局
          channels: [政府网站]
          audience: 全社会
          mode: 主动
          tiers: [县级, 乡级]
      """;

  /** 三里坪街道 modifies the item its county added. */
  static final String TOWNSHIP_MODIFIES =
      """
      gkml: 1
      kind: overlay
      domain: 安全生产
      region: {code: "511703001", name: 三里坪街道}
      version: "2025.1"
      modify:
        - id: 511703-AQSC-001
          owner: 三里坪街道办事处
      """;
}
