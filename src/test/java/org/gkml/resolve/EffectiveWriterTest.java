package org.gkml.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.i18n.Messages;
import org.gkml.load.DocumentKind;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Item;
import org.gkml.model.Mode;
import org.gkml.model.Policy;
import org.gkml.model.RegionCode;
import org.gkml.model.SourceFile;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * Merge output reads back as the same catalogue: valid {@code kind: catalog}, every text as
 * written.
 */
class EffectiveWriterTest {
  private static final FileLoader LOADER = new FileLoader(Messages.english());
  private static final SourceFile FILE = SourceFile.unstructured(Path.of("basic/x.yaml"), "x");
  private static final RegionCode COUNTY = new RegionCode("511703");

  /** Texts YAML readers like to take for something else, and texts with YAML syntax in them. */
  static final List<String> TRICKY =
      List.of(
          "001",
          "NO",
          "yes",
          "Off",
          "~",
          "null",
          "2025.10",
          "1e3",
          "0x1F",
          "0o17",
          "1_000",
          "12:30",
          ".inf",
          "2025-03-01",
          "2025-03-01 10:00:00",
          "<<",
          "=",
          "- 列表",
          "键: 值",
          "a # 注释",
          "*别名",
          "&锚",
          "!标签",
          "@开头",
          "`反引号",
          "%百分号",
          "[方括号]",
          "{花括号}",
          "'单引号'",
          "\"双引号\"",
          "尾部空格 ",
          " 首部空格",
          "第一行\n第二行",
          "第一行\n第二行\n",
          "制表\t符",
          "零宽\u200b空格",
          "《中华人民共和国政府信息公开条例》（国务院令第711号）");

  private static Item item(String id, String text) {
    return new Item(
        id,
        text,
        text,
        text,
        List.of(text, "《条例》"),
        text,
        text,
        List.of("政府网站"),
        Audience.PUBLIC,
        Mode.PROACTIVE,
        EnumSet.of(Tier.COUNTY),
        false,
        text,
        FILE.at(1, 1));
  }

  private static Resolver resolver(List<Item> items) {
    Catalog basic =
        new Catalog(
            "安全生产", "t", "2025.10", "i", "2025-03-01", Policy.defaults(), items, FILE.at(1, 1));
    return new Resolver(
        new CatalogTree(
            Path.of("."), Config.none(), List.of(basic), List.of(), Map.of(COUNTY, "001")));
  }

  private static String write(Resolver r, EffectiveWriter.Format format) throws IOException {
    StringWriter out = new StringWriter();
    new EffectiveWriter(r).writeOne(format, r.effective(COUNTY, null, "安全生产"), out);
    return out.toString();
  }

  private static void assertReadsBack(List<Item> items) throws IOException {
    Resolver r = resolver(items);
    String yaml = write(r, EffectiveWriter.Format.YAML);
    LoadedFile f =
        LOADER.parse(
            yaml.getBytes(StandardCharsets.UTF_8),
            Path.of("x.yaml"),
            "x.yaml",
            DocumentKind.CATALOG);
    assertThat(f.findings()).as(yaml).isEmpty();
    Catalog back = (Catalog) f.document();
    assertThat(back.version()).isEqualTo("2025.10");
    assertThat(back.effective()).isEqualTo("2025-03-01");
    assertThat(back.items()).hasSameSizeAs(items);
    for (int i = 0; i < items.size(); i++) {
      Item a = items.get(i);
      Item b = back.items().get(i);
      assertThat(List.of(b.id(), b.level1(), b.level2(), b.content(), b.deadline(), b.owner()))
          .as(yaml)
          .containsExactly(a.id(), a.level1(), a.level2(), a.content(), a.deadline(), a.owner());
      assertThat(b.note()).isEqualTo(a.note());
      assertThat(b.basis()).isEqualTo(a.basis());
    }
    assertThat(f.tree().get("region").get("code").asText()).isEqualTo("511703");
    assertThat(f.tree().get("region").get("name").asText()).isEqualTo("001");

    JsonNode json = new ObjectMapper().readTree(write(r, EffectiveWriter.Format.JSON));
    for (int i = 0; i < items.size(); i++) {
      assertThat(json.get("items").get(i).get("content").asText())
          .isEqualTo(items.get(i).content());
    }
  }

  @Test
  void trickyTextsReadBackAsWritten() throws IOException {
    List<Item> items = new java.util.ArrayList<>();
    for (int i = 0; i < TRICKY.size(); i++) {
      items.add(item("T-" + i, TRICKY.get(i)));
    }
    assertReadsBack(items);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of(TRICKY),
        Arbitraries.strings()
            .withChars("0123456789.-:#&*!|>'\"%@` \n\t{}[],?~abcNOyes政府网站：《》（）")
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !s.isBlank()));
  }

  @Property(tries = 150)
  void anyTextReadsBackAsWritten(@ForAll("texts") String text) throws IOException {
    assertReadsBack(List.of(item("P-1", text)));
  }

  @Property(tries = 150)
  void itemsWrittenOneByOneMakeTheDocumentsItems(
      @ForAll("texts") String first, @ForAll("texts") String second) throws IOException {
    assertItemsPieceTogether(List.of(item("P-1", first), item("P-2", second), item("P-3", "x")));
  }

  @Test
  void itemsEndingInBlankLinesPieceTogether() throws IOException {
    assertItemsPieceTogether(
        List.of(item("B-1", "第一行\n\n"), item("B-2", "a\n\n\n"), item("B-3", "末行\n\n")));
    List<Item> tricky = new java.util.ArrayList<>();
    for (int i = 0; i < TRICKY.size(); i++) {
      tricky.add(item("T-" + i, TRICKY.get(i)));
    }
    assertItemsPieceTogether(tricky);
  }

  /** A document's items part is its items written one by one ({@link EffectiveWriter#yamlItem}). */
  private static void assertItemsPieceTogether(List<Item> items) throws IOException {
    Resolver r = resolver(items);
    Effective e = r.effective(COUNTY, null, "安全生产");
    EffectiveWriter writer = new EffectiveWriter(r);
    StringWriter whole = new StringWriter();
    writer.writeAll(EffectiveWriter.Format.YAML, List.of(e), whole);
    StringBuilder pieces = new StringBuilder("\nitems:\n");
    for (Item i : e.catalog().items()) {
      pieces.append(writer.yamlItem(i, e.provenance().get(i.id())));
    }
    String yaml = whole.toString();
    assertThat(yaml.substring(yaml.indexOf("\nitems:"))).isEqualTo(pieces.toString());
  }
}
