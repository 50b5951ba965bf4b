package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What gkml exports, {@code gkml import} reads back with the catalogue's own title, version, issuer
 * and domains, whether or not the hidden {@code gkml} sheet is there: a Word document and a web
 * page have no such sheet, and a workbook may lose it. Once the version took the whole facts line
 * ("2025.1　发布机关：…　生成日期：…") and each web page table was domain "table N".
 */
class GkmlsOwnExportsImportBackTest {
  @TempDir Path tmp;

  @Test
  void aWordExportImportsWithTheVersionIssuerAndDateOfEachCatalogue() throws IOException {
    Path root = copyOfSamples();
    Path docx = tmp.resolve("b.docx");
    assertThat(CliRun.of("export", "docx", "--root", root.toString(), "-o", docx.toString()).code())
        .isZero();
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("import", docx.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, Map<String, Object>> basics = catalogues(root.resolve("basic"));
    Map<String, Map<String, Object>> imported = catalogues(out);
    assertThat(imported.keySet()).isEqualTo(basics.keySet());
    for (String domain : basics.keySet()) {
      Map<String, Object> was = basics.get(domain);
      Map<String, Object> now = imported.get(domain);
      for (String key : List.of("title", "version", "issuer", "effective")) {
        assertThat(String.valueOf(now.get(key)))
            .as(domain + " " + key)
            .isEqualTo(String.valueOf(was.get(key)));
      }
      assertThat(items(now, true)).as(domain).isEqualTo(items(was, true));
    }
  }

  @Test
  void aWebPageExportImportsWithEachTableUnderItsOwnHeadingsDomain() throws IOException {
    Path root = copyOfSamples();
    Path html = tmp.resolve("b.html");
    assertThat(CliRun.of("export", "html", "--root", root.toString(), "-o", html.toString()).code())
        .isZero();
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("import", html.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain(": error", "cannot tell the domain");
    Map<String, Map<String, Object>> basics = catalogues(root.resolve("basic"));
    Map<String, Map<String, Object>> imported = catalogues(out);
    assertThat(imported.keySet()).isEqualTo(basics.keySet());
    for (String domain : basics.keySet()) {
      Map<String, Object> was = basics.get(domain);
      Map<String, Object> now = imported.get(domain);
      // the page prints no issuer for a basic catalogue; its title, version and date it does
      for (String key : List.of("title", "version", "effective")) {
        assertThat(String.valueOf(now.get(key)))
            .as(domain + " " + key)
            .isEqualTo(String.valueOf(was.get(key)));
      }
      // the page prints an item's id inside its 序号 cell, so ids are generated anew; and its
      // note under the content, as 备注：…
      assertThat(items(now, false)).as(domain).isEqualTo(items(notesInContent(was), false));
    }
  }

  @Test
  void aRegionWorkbookWithoutItsHiddenSheetIsOfTheVersionItsRowsPrint() throws IOException {
    Path root = copyOfSamples();
    Path xlsx =
        EditedRegionWorkbook.of(
            root,
            "511703102",
            tmp.resolve("s.xlsx"),
            book -> book.setSheetName(book.getSheetIndex("gkml"), "renamed"));
    for (String lang : List.of("en", "zh")) {
      CliRun run =
          CliRun.of(
              "import",
              xlsx.toString(),
              "--root",
              root.toString(),
              "--region",
              "511703102",
              "--lang",
              lang);
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).doesNotContain("exported from version", "导出时", "发布机关：");
      assertThat(run.out()).contains("base: \"2025.1\"");
    }
  }

  /** A catalogue as a web page prints it: each item's note in its content cell. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> notesInContent(Map<String, Object> catalogue) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> item : (List<Map<String, Object>>) catalogue.get("items")) {
      Map<String, Object> m = new TreeMap<>(item);
      Object note = m.remove("note");
      if (note != null) {
        m.put("content", m.get("content") + " 备注：" + note);
      }
      items.add(m);
    }
    return Map.of("items", items);
  }

  /** The items as compared: every field, content with its white space as one space. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> catalogue, boolean ids) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> item : (List<Map<String, Object>>) catalogue.get("items")) {
      Map<String, Object> m = new TreeMap<>();
      item.forEach(
          (k, v) -> {
            if (k.equals("id") && !ids) {
              return;
            }
            if (k.equals("optional") && !ids) {
              return; // printed beside the id in the page's 序号 cell too
            }
            if (v instanceof List<?> l) {
              m.put(k, new TreeSet<>(l.stream().map(String::valueOf).toList()));
            } else {
              m.put(k, String.valueOf(v).replaceAll("\\s+", " ").strip());
            }
          });
      out.add(m);
    }
    return out;
  }

  /** The catalogues of a folder's YAML files, by domain. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> catalogues(Path folder) throws IOException {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Map<String, Object> doc =
            (Map<String, Object>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f));
        out.put((String) doc.get("domain"), doc);
      }
    }
    return out;
  }

  private Path copyOfSamples() throws IOException {
    Path from = Path.of("catalogs");
    Path root = tmp.resolve("tree/catalogs");
    TestCatalogs.copy(from, root);
    return root;
  }
}
