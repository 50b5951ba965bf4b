package org.gkml.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canonical key order and quoting of {@code gkml fmt}, and what they never touch. */
class CanonicalLayoutTest {
  private static final String OVERLAY =
      """
      # yaml-language-server: $schema=../../schemas/overlay.schema.json
      kind: overlay
      gkml: 1
      region: {name: 柯城区, code: '330802'}
      domain: 安全生产
      version: 2025.2
      modify:
        - owner: 柯城区应急管理局   # 落实到本区
          # 基础目录的事项
          id: AQSC-001
          channels: {remove: [a], add: ['精准推送', "b c"]}
        - id: AQSC-002
          note: |
            keep   this
            # not a comment: text of the note
          level2: "NO"
      # 本区新增
      add:
        - tiers: [县级]
          id: 330802-AQSC-001
          content: 'it''s: here'
          optional: "true"
      # end of file
      """;

  private static String format(String text) {
    return CanonicalLayout.of(text).orElseThrow();
  }

  @Test
  void keysTakeTheFormatsOrderAndEachCommentMovesWithTheKeyBelowIt() {
    String out = format(OVERLAY);

    assertThat(out)
        .isEqualTo(
            """
            # yaml-language-server: $schema=../../schemas/overlay.schema.json
            gkml: 1
            kind: overlay
            domain: 安全生产
            region: {code: "330802", name: 柯城区}
            version: "2025.2"
            # 本区新增
            add:
              - id: 330802-AQSC-001
                content: "it's: here"
                tiers: [县级]
                optional: "true"
            modify:
              # 基础目录的事项
              - id: AQSC-001
                owner: 柯城区应急管理局   # 落实到本区
                channels: {add: [精准推送, b c], remove: [a]}
              - id: AQSC-002
                level2: NO
                note: |
                  keep   this
                  # not a comment: text of the note
            # end of file
            """);
    assertThat(format(out)).isEqualTo(out);
    assertThat(SameContent.of(OVERLAY, out)).isTrue();
  }

  @Test
  void valuesAreQuotedExactlyWhereAYaml12ReaderWouldReadSomethingElse() {
    String text =
        """
        gkml: 1
        kind: catalog
        domain: "安全生产"
        version: 2025.10
        effective: 2025-03-01
        items:
          - id: '001'
            level1: "行政执法"
            level2: 'true'
            content: "null"
            basis: ["《中华人民共和国安全生产法》", '《条例》']
            deadline: "a: b"
            owner: " leading space"
            note: '#1'
        """;

    String out = format(text);

    assertThat(out)
        .contains("domain: 安全生产\n")
        .contains("version: \"2025.10\"\n")
        .contains("effective: 2025-03-01\n")
        .contains("- id: \"001\"\n")
        .contains("level1: 行政执法\n")
        .contains("level2: \"true\"\n")
        .contains("content: \"null\"\n")
        .contains("basis: [《中华人民共和国安全生产法》, 《条例》]\n")
        .contains("deadline: \"a: b\"\n")
        .contains("owner: \" leading space\"\n")
        .contains("note: \"#1\"\n");
    assertThat(SameContent.of(text, out)).isTrue();
    assertThat(format(out)).isEqualTo(out);
  }

  @Test
  void numbersAndFlagsKeepTheirQuotingBecauseQuotesChangeWhatGkmlReads() {
    String text = "gkml: 1\nkind: catalog\nitems:\n  - id: A\n    optional: true\n";
    String quoted = "gkml: \"1\"\nkind: catalog\nitems:\n  - id: A\n    optional: 'true'\n";

    assertThat(format(text)).isEqualTo(text);
    assertThat(format(quoted)).isEqualTo(quoted.replace("'true'", "'true'"));
  }

  @Test
  void mergeOutputsProvenanceKeepsItsNumbersAndNullsAsWritten() {
    // gkml merge writes an item's provenance with a line number and, for an item of the basic
    // catalogue, region: null; quoting them would turn them into text for every other reader
    String merged =
        """
        gkml: 1
        kind: catalog
        domain: 就业
        version: '2025.1'
        items:
          - id: JYCY-001
            level1: 就业服务
            provenance:
              defined: {region: null, file: basic/employment.yaml, line: 12}
              changes:
                - field: owner
                  before: '2025.1'
                  after: x
                  region: '511703'
                  file: regions/511703/employment.yaml
                  line: 7
        """;

    String formatted = format(merged);

    assertThat(formatted)
        .contains("version: \"2025.1\"")
        .contains("defined: {region: null, file: basic/employment.yaml, line: 12}")
        .contains("before: '2025.1'")
        .contains("line: 7");
    assertThat(format(formatted)).isEqualTo(formatted);
  }

  @Test
  void aListItemsDashStaysOnItsFirstLineWhenItsFirstKeyMoves() {
    String text = "kind: catalog\nitems:\n- level1: 政策文件\n  id: A\n- id: B\n  level1: x\n";

    assertThat(format(text))
        .isEqualTo("kind: catalog\nitems:\n- id: A\n  level1: 政策文件\n- id: B\n  level1: x\n");
  }

  @Test
  void keysTheFormatDoesNotKnowComeLastInTheOrderWritten() {
    String text = "zeta: z\nkind: catalog\nalpha: a\ngkml: 1\n";

    assertThat(format(text)).isEqualTo("gkml: 1\nkind: catalog\nzeta: z\nalpha: a\n");
  }

  @Test
  void aFileWithAnchorsKeepsItsOrderAndQuotingButGetsTheLineLayout() {
    String text = "kind: catalog\ngkml: 1\nx: &a 'v'   \ny: *a\n";

    assertThat(format(text)).isEqualTo("kind: catalog\ngkml: 1\nx: &a 'v'\ny: *a\n");
  }

  @Test
  void textOutsideTheBasicMultilingualPlaneKeepsItsColumns() {
    String text = "kind: catalog\nitems:\n  - level1: '𠲖村事项'\n    id: '𠲖-1'\n";

    assertThat(format(text)).isEqualTo("kind: catalog\nitems:\n  - id: 𠲖-1\n    level1: 𠲖村事项\n");
  }

  @Test
  void theKeyOrderIsTheOrderTheSchemasListTheirProperties() {
    assertThat(KeyOrder.of(KeyOrder.Context.CATALOG))
        .startsWith("gkml", "kind", "domain", "title", "version", "issuer", "effective", "policy")
        .endsWith("items");
    assertThat(KeyOrder.of(KeyOrder.Context.ITEM))
        .startsWith("id", "level1", "level2", "level3", "content", "basis", "deadline", "owner");
    assertThat(KeyOrder.of(KeyOrder.Context.REMOVAL)).containsExactly("id", "reason");
    assertThat(KeyOrder.of(KeyOrder.Context.REGION)).containsExactly("code", "name");
    assertThat(KeyOrder.of(KeyOrder.Context.OTHER)).isEmpty();
    for (org.gkml.model.Field f : org.gkml.model.Field.values()) {
      assertThat(KeyOrder.rank(KeyOrder.Context.ITEM, f.key()))
          .as(f.key())
          .isEqualTo(f.ordinal() + 1);
    }
  }

  @Test
  void suppressionAboveAMappingsFirstKeyMovesWithThatKeyOtherHeaderCommentsStay() {
    String text =
        """
        # yaml-language-server: $schema=../schemas/config.schema.json
        # 本县配置
        # gkml-ignore GK007: 预留
        # 规则说明
        rules:
          GK999: off
        gkml: 1
        kind: config
        name: x
        """;
    String nested =
        """
        kind: overlay
        modify:
          - id: A
            channels:
              # gkml-ignore GK205: 本县无此渠道
              remove: [政府网站]
              add: [政务服务中心]
        """;

    assertThat(format(text))
        .isEqualTo(
            """
            # yaml-language-server: $schema=../schemas/config.schema.json
            # 本县配置
            gkml: 1
            kind: config
            name: x
            # gkml-ignore GK007: 预留
            # 规则说明
            rules:
              GK999: off
            """);
    assertThat(format(nested))
        .endsWith(
            """
                channels:
                  add: [政务服务中心]
                  # gkml-ignore GK205: 本县无此渠道
                  remove: [政府网站]
            """);
  }

  @Test
  void reorderThatWouldChangeWhatASuppressionCoversIsNotMade() {
    // above the item's new first key the comment would cover the whole item, not the id alone
    String text =
        """
        kind: catalog
        items:
          - level1: 政策文件
            # gkml-ignore GK103: 本县编号
            id: A
            level2: '法规'
        """;

    CanonicalLayout.Formatted out = CanonicalLayout.format(text).orElseThrow();

    assertThat(out.keysOrdered()).isFalse();
    assertThat(out.valuesQuoted()).isTrue();
    assertThat(out.text()).isEqualTo(text.replace("'法规'", "法规"));
    assertThat(SameContent.sameSuppressions(text, text)).isTrue();
  }

  @Test
  void escapedInvisibleCharactersStayEscaped() {
    String text =
        """
        kind: catalog
        items:
          - id: A
            content: "\\ufeffbom"
            owner: "\\u202Ertl"
            note: "\\u00A0x"
            basis: ["\\u200Bzw", '法']
        """;

    String out = format(text);

    assertThat(out)
        .contains("content: \"\\ufeffbom\"\n")
        .contains("owner: \"\\u202Ertl\"\n")
        .contains("note: \"\\u00A0x\"\n")
        .contains("basis: [\"\\u200Bzw\", 法]\n")
        .doesNotContain("\uFEFF")
        .doesNotContain("\u202E")
        .doesNotContain("\u00A0")
        .doesNotContain("\u200B");
    assertThat(SameContent.of(text, out)).isTrue();
  }

  /**
   * A comment indented inside a list or mapping, after its last value, is the end of that value,
   * not the head of the key below it (a comment under {@code remove:} used to travel with {@code
   * modify:} and land indented under {@code version:}).
   */
  @Test
  void commentIndentedDeeperThanTheKeyBelowStaysAtTheEndOfTheValueAboveWhenKeysMove() {
    String text =
        """
        gkml: 1
        kind: overlay
        domain: 安全生产
        version: "2025.1"
        remove:
          - id: AQSC-003
            reason: 本街道不制定地方标准
          # 以后如再删除事项，写在 remove 的这一段

        # 修改的事项
        modify:
          - owner: 三里坪街道办事处
            # 只改承办单位
            id: 511703-AQSC-002
        region:
          name: 三里坪街道
          code: "511703001"
          # 区划代码见民政部公布的名单
        # 文件结束
        """;

    String out = format(text);

    assertThat(out)
        .isEqualTo(
            """
            gkml: 1
            kind: overlay
            domain: 安全生产
            region:
              code: "511703001"
              name: 三里坪街道
              # 区划代码见民政部公布的名单
            version: "2025.1"

            # 修改的事项
            modify:
              # 只改承办单位
              - id: 511703-AQSC-002
                owner: 三里坪街道办事处
            remove:
              - id: AQSC-003
                reason: 本街道不制定地方标准
              # 以后如再删除事项，写在 remove 的这一段
            # 文件结束
            """);
    assertThat(format(out)).isEqualTo(out);
    assertThat(SameContent.of(text, out)).isTrue();
  }

  @Test
  void commentAfterAMappingsLastValueIndentedLikeItsKeysStaysWhereItIs() {
    String text =
        """
        kind: overlay
        modify:
          - owner: 三里坪街道办事处
            id: A
            # 以下为新增事项
          - id: B
        gkml: 1
        # 文件结束
        """;

    assertThat(format(text))
        .isEqualTo(
            """
            gkml: 1
            kind: overlay
            modify:
              - id: A
                owner: 三里坪街道办事处
                # 以下为新增事项
              - id: B
            # 文件结束
            """);
  }

  @Test
  void deepSuppressionAboveAKeyStillMovesWithTheKeyItCovers() {
    // a gkml-ignore comment covers the next line whatever its indentation (load.Suppressions)
    String text =
        """
        gkml: 1
        kind: overlay
        remove:
          - id: AQSC-003
            reason: 不适用
          # 本段结束
          # gkml-ignore GK006: 示例
          # 说明
        modify:
          - id: A
        """;

    String out = format(text);

    assertThat(out)
        .isEqualTo(
            """
            gkml: 1
            kind: overlay
              # gkml-ignore GK006: 示例
              # 说明
            modify:
              - id: A
            remove:
              - id: AQSC-003
                reason: 不适用
              # 本段结束
            """);
    assertThat(SameContent.sameSuppressions(text, out)).isTrue();
  }

  /**
   * A value holding a character no reader sees is kept exactly as written, whatever the character:
   * fmt wrote {@code "\\u007f"} out as a raw DEL (which YAML 1.2 readers such as PyYAML refuse) and
   * a bidi control, a filler or a tag outside the BMP as the invisible character itself.
   */
  @Test
  void escapesOfControlFormatAndFillerCharactersStayEscapedInBlocksFlowsAndKeys() {
    String text =
        """
        gkml: 1
        kind: catalog
        title: "安全生产\\u007f目录"
        items:
          - id: A
            level1: 'plain'
            content: "a\\u3164b"
            basis: ["a\\uFE0Fb", 'b', "\\u0001"]
            deadline: "a\\u180Eb"
            owner: "a\\u061Cb"
            department: "a\\u115Fb"
            contact: "a\\u034Fb"
            audience: "a\\x85b"
            note: "a\\U000E0001b"
            "k\\u2065": "a\\U000E0100b"
        """;

    String out = format(text);

    assertThat(out).isEqualTo(text.replace("'plain'", "plain").replace("'b'", "b"));
    assertThat(out.codePoints().filter(c -> c > '~' && c < 0xA0 || c > 0xFFFF)).isEmpty();
    assertThat(SameContent.of(text, out)).isTrue();
  }
}
