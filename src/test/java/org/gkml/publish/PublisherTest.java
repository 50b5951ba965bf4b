package org.gkml.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gkml.error.GkmlException;
import org.gkml.export.HtmlDom;
import org.gkml.export.HtmlFixtures;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class PublisherTest {
  @TempDir Path tmp;

  /**
   * The shipped tree as the resolver sees it, with 石桥镇 renamed to a name no file system takes
   * whole.
   */
  static final class ShippedSource implements CatalogSource {
    private final ResolverSource resolved =
        new ResolverSource(new Resolver(HtmlFixtures.shippedTree()));

    @Override
    public List<Region> regions() {
      return resolved.regions().stream().map(r -> r.code().equals(ODD.code()) ? ODD : r).toList();
    }

    @Override
    public Published basic() {
      return resolved.basic();
    }

    @Override
    public Published effective(Region region) {
      Published p = resolved.effective(region);
      return new Published(region, p.tier(), p.catalogues());
    }
  }

  static final Region ODD = region("511703102", "石桥/镇 <#1>");

  static Region region(String code, String name) {
    return new Region(new RegionCode(code), name);
  }

  static PublishOptions options(int jobs) {
    return new PublishOptions(
        jobs, HtmlFixtures.DATE, "示例省", "gkml test", "catalogs", Instant.now());
  }

  static Publisher publisher(int jobs, Artifact... others) {
    return new Publisher(new ShippedSource(), List.of(others), options(jobs));
  }

  /** A stand-in for the workbook: a text file naming the folder's region. */
  static final class NameArtifact implements Artifact {
    @Override
    public String fileName() {
      return "name.txt";
    }

    @Override
    public String label() {
      return "名称";
    }

    @Override
    public void write(Published p, OutputStream out) throws IOException {
      out.write((p.isBasic() ? "basic" : p.region().label()).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void writesEveryFolderTheIndexAndTheReport() throws Exception {
    Path out = tmp.resolve("out");
    AtomicLong steps = new AtomicLong();
    AtomicLong total = new AtomicLong();
    BuildReport report =
        publisher(2, new NameArtifact())
            .publish(
                out,
                List.of(),
                new BuildProgress() {
                  @Override
                  public void start(long folders) {
                    total.set(folders);
                  }

                  @Override
                  public void advance() {
                    steps.incrementAndGet();
                  }

                  @Override
                  public void close() {}
                });
    assertThat(total.get()).isEqualTo(6);
    assertThat(steps.get()).isEqualTo(6);
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("basic/index.html")).isRegularFile();
    assertThat(out.resolve("basic/name.txt")).hasContent("basic");
    assertThat(out.resolve("511703-达川区/index.html")).isRegularFile();
    assertThat(out.resolve("511703-达川区/name.txt")).hasContent("511703-达川区");
    assertThat(out.resolve("511703001-三里坪街道/index.html")).isRegularFile();
    assertThat(out.resolve("511703001201-凤凰村/index.html")).isRegularFile();
    // a name no file system takes whole
    assertThat(out.resolve("511703102-石桥_镇 __1_/index.html")).isRegularFile();
    assertThat(report.pages())
        .extracting(BuildReport.Page::code)
        .containsExactly("511703", "511703001", "511703001201", "511703102", "511703102201");

    JsonNode json = new ObjectMapper().readTree(out.resolve("build-report.json").toFile());
    assertThat(json.path("regions").path("total").asInt()).isEqualTo(5);
    assertThat(json.path("regions").path("township").asInt()).isEqualTo(2);
    assertThat(json.path("regions").path("village").asInt()).isEqualTo(2);
    assertThat(json.path("items").path("basic").asInt()).isEqualTo(29);
    // catalogs/README.md: 达川区 adds 2 (both seen by the county, one by 三里坪街道), each township
    // and village adds what it sees, plus what its township added at the village tier
    assertThat(json.path("pages").get(0).path("custom").asInt()).isEqualTo(2);
    assertThat(json.path("files").toString()).isEqualTo("[\"index.html\",\"name.txt\"]");
    assertThat(json.path("findings").path("errors").asInt()).isZero();
    assertThat(json.path("pages").get(0).path("folder").asText()).isEqualTo("511703-达川区");
    assertThat(json.path("pages").get(0).path("tier").asText()).isEqualTo("县级");
    // the report is published output: no start time or duration that would differ run to run
    assertThat(json.has("seconds")).isFalse();
    assertThat(json.has("started")).isFalse();
    assertThat(siblings(out)).containsExactly("out");
  }

  @Test
  void everyLinkOfTheIndexLeadsToAFileAndCountsAreShown() throws Exception {
    Path out = tmp.resolve("out");
    publisher(2, new NameArtifact()).publish(out, List.of(), BuildProgress.NONE);
    String html = Files.readString(out.resolve("index.html"));
    HtmlDom dom = HtmlDom.parse(html);
    List<String> hrefs = new ArrayList<>();
    for (Element a : dom.all("a")) {
      String href = a.getAttribute("href");
      if (!href.startsWith("#")) {
        hrefs.add(href);
        Path target = Path.of(out.toUri().resolve(new URI(href)));
        assertThat(target).as(href).isRegularFile();
      }
    }
    assertThat(hrefs).contains("basic/index.html", "basic/name.txt");
    assertThat(hrefs).hasSize(2 + 5);
    // county → township → village nesting
    Element county =
        dom.all("li").stream()
            .filter(li -> li.getAttribute("data-find").equals("达川区 511703"))
            .findFirst()
            .orElseThrow();
    assertThat(county.getTextContent()).contains("三里坪街道", "凤凰村", "石桥/镇 <#1>");
    assertThat(html).contains("（基础 ", " / 个性 2）");
    // the region page links to its sibling files
    String page = Files.readString(out.resolve("511703-达川区/index.html"));
    assertThat(page).contains("href=\"name.txt\"");
  }

  @Test
  void sameFilesWhateverTheNumberOfJobs() throws Exception {
    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");
    PublishOptions o = options(1);
    new Publisher(new ShippedSource(), List.of(), o).publish(one, List.of(), BuildProgress.NONE);
    new Publisher(new ShippedSource(), List.of(), o.withJobs(4))
        .publish(four, List.of(), BuildProgress.NONE);
    Map<String, String> a = contents(one);
    Map<String, String> b = contents(four);
    a.remove("build-report.json");
    b.remove("build-report.json");
    assertThat(a).isEqualTo(b);
    assertThat(a).hasSize(8).containsKey(".gkml-build");
  }

  @Test
  void anotherBuildReplacesTheWholeFolder() throws Exception {
    Path out = tmp.resolve("out");
    publisher(2).publish(out, List.of(), BuildProgress.NONE);
    Files.delete(out.resolve("511703-达川区/index.html"));
    publisher(2).publish(out, List.of(), BuildProgress.NONE);
    assertThat(out.resolve("511703-达川区/index.html")).isRegularFile();
    assertThat(siblings(out)).containsExactly("out");
  }

  @Test
  void aFileAddedToAnEarlierBuildIsNeverDeleted() throws Exception {
    Path out = tmp.resolve("out");
    publisher(2).publish(out, List.of(), BuildProgress.NONE);
    Files.writeString(out.resolve("511703-达川区/notes.txt"), "mine");
    assertThatThrownBy(() -> publisher(2).publish(out, List.of(), BuildProgress.NONE))
        .isInstanceOfSatisfying(
            GkmlException.class, e -> assertThat(e.key()).isEqualTo("build.foreignEntry"));
    assertThat(out.resolve("511703-达川区/notes.txt")).hasContent("mine");
    assertThat(siblings(out)).containsExactly("out");
  }

  @Test
  void emptyFolderIsFine() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    publisher(1).publish(out, List.of(), BuildProgress.NONE);
    assertThat(out.resolve("index.html")).isRegularFile();
  }

  @Test
  void neverReplacesAFolderThatIsNotABuild() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("mine"));
    Files.writeString(out.resolve("notes.txt"), "keep me");
    assertThatThrownBy(() -> publisher(2).publish(out, List.of(), BuildProgress.NONE))
        .isInstanceOfSatisfying(
            GkmlException.class, e -> assertThat(e.key()).isEqualTo("build.foreignOutput"));
    assertThat(out.resolve("notes.txt")).hasContent("keep me");
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThatThrownBy(() -> publisher(2).publish(file, List.of(), BuildProgress.NONE))
        .isInstanceOfSatisfying(
            GkmlException.class, e -> assertThat(e.key()).isEqualTo("build.badOutput"));
  }

  @Test
  void failedBuildLeavesThePreviousOutputAsItWas() throws Exception {
    Path out = tmp.resolve("out");
    publisher(2).publish(out, List.of(), BuildProgress.NONE);
    Map<String, String> before = contents(out);
    Artifact failing =
        new Artifact() {
          @Override
          public String fileName() {
            return "catalog.xlsx";
          }

          @Override
          public String label() {
            return "Excel";
          }

          @Override
          public void write(Published p, OutputStream o) throws IOException {
            if (!p.isBasic() && p.region().code().digits().equals("511703001201")) {
              throw new IOException("disk full");
            }
            o.write(1);
          }
        };
    assertThatThrownBy(() -> publisher(2, failing).publish(out, List.of(), BuildProgress.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(contents(out)).isEqualTo(before);
    assertThat(siblings(out)).containsExactly("out");
  }

  @Test
  void leftoverStagingOfAKilledBuildIsCleared() throws Exception {
    Path out = tmp.resolve("out");
    Path staging = Files.createDirectories(tmp.resolve(".out.gkml-staging-1x2y/junk"));
    Files.writeString(staging.resolve("half.html"), "<ht");
    publisher(1).publish(out, List.of(), BuildProgress.NONE);
    assertThat(siblings(out)).containsExactly("out");
  }

  @Test
  void folderNamesAndLinks() {
    assertThat(Folders.of(region("511703", "达川区"))).isEqualTo("511703-达川区");
    assertThat(Folders.of(region("511703", ""))).isEqualTo("511703");
    assertThat(Folders.of(region("511703", "a/b\\c:d*e?f\"g<h>i|j#k%l\u0001")))
        .isEqualTo("511703-a_b_c_d_e_f_g_h_i_j_k_l_");
    assertThat(Folders.href("511703-达 川", "index.html")).isEqualTo("511703-达%20川/index.html");
  }

  @Test
  void basicAndRegionCatalogues() {
    ShippedSource source = new ShippedSource();
    Published basic = source.basic();
    assertThat(basic.isBasic()).isTrue();
    assertThat(basic.folder()).isEqualTo("basic");
    assertThat(basic.customCount()).isZero();
    assertThat(basic.itemCount()).isEqualTo(29);
    Published village = source.effective(region("511703001201", "凤凰村"));
    assertThat(village.folder()).isEqualTo("511703001201-凤凰村");
    assertThat(village.customIds()).contains("511703001201-JYCY-001", "511703001-SHBX-001");
    assertThat(village.domains())
        .allSatisfy(c -> assertThat(c.items()).allMatch(i -> i.visibleTo(Tier.VILLAGE)));
    assertThatThrownBy(() -> new Published(village.region(), null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> options(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private List<String> siblings(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.contains("out"))
          .sorted()
          .toList();
    }
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return m;
  }
}
