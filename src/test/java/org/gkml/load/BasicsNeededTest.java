package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.gkml.check.Checker;
import org.gkml.check.Validation;
import org.gkml.diff.StaleOverlayCheck;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.resolve.ResolutionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check of named overlays reads only the basic catalogues it can depend on (BasicsNeeded), and
 * judges them exactly as with every basic catalogue read: same findings, same files, same exit.
 */
class BasicsNeededTest {
  private static final Path CHAIN = Path.of("src/test/resources/validate/valid/overlay-chain");
  private static final String COUNTY = "regions/511703-达川区/safety-production.yaml";
  private static final Messages MESSAGES = Messages.of(Locale.ROOT);

  @TempDir Path dir;

  @Test
  void everyOverlayOfTheTestTreesIsJudgedAsWithEveryBasicCatalogue() throws IOException {
    List<Path> overlays = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("catalogs"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
            .filter(p -> treeOf(p) != null)
            .sorted()
            .forEach(overlays::add);
      }
    }
    assertThat(overlays).hasSizeGreaterThan(50);
    int narrowed = 0;
    for (Path overlay : overlays) {
      Path root = treeOf(overlay);
      Scope scope = Scope.of(root, List.of(overlay));
      Scope every = withEveryBasic(root, scope);
      narrowed += scope.read().size() < every.read().size() ? 1 : 0;
      assertSameJudgement(overlay, scope, every);
    }
    assertThat(narrowed).as("overlays checked with fewer basic catalogues").isPositive();
  }

  @Test
  void anIdAddedThatAnotherDomainsBasicCatalogueHasIsStillADuplicate() throws IOException {
    Path root = chainWithOther("QT-001", "511703-AQSC-001");
    Scope scope = Scope.of(root, List.of(root.resolve(COUNTY)));

    assertThat(scope.read()).contains(other(root));
    assertThat(rules(check(scope))).contains("GK101");
    assertSameJudgement(root.resolve(COUNTY), scope, withEveryBasic(root, scope));
  }

  @Test
  void anUnrelatedBasicCatalogueIsNotRead() throws IOException {
    Path root = chainWithOther("QT-001", "QT-002");
    Scope scope = Scope.of(root, List.of(root.resolve(COUNTY)));

    assertThat(scope.read()).doesNotContain(other(root));
    assertThat(scope.read()).contains(root.resolve("basic/safety-production.yaml"));
    assertSameJudgement(root.resolve(COUNTY), scope, withEveryBasic(root, scope));
  }

  @Test
  void aConfigMisplacedAmongTheBasicCataloguesIsStillRead() throws IOException {
    Path root = chainWithOther("QT-001", "QT-002");
    Files.writeString(
        other(root), "gkml: 1\nkind: config\nrules: {GK213: off}\n", StandardCharsets.UTF_8);
    Scope scope = Scope.of(root, List.of(root.resolve(COUNTY)));

    assertThat(scope.read()).contains(other(root));
    assertSameJudgement(root.resolve(COUNTY), scope, withEveryBasic(root, scope));
  }

  @Test
  void anOverlayMisplacedAmongTheBasicCataloguesIsStillRead() throws IOException {
    Path root = chainWithOther("QT-001", "QT-002");
    Files.writeString(
        other(root),
        "gkml: 1\nkind: overlay\ndomain: 其他事务\nregion: {code: \"441302\", name: 某区}\n",
        StandardCharsets.UTF_8);
    Scope scope = Scope.of(root, List.of(root.resolve(COUNTY)));

    assertThat(scope.read()).contains(other(root));
    assertSameJudgement(root.resolve(COUNTY), scope, withEveryBasic(root, scope));
  }

  @Test
  void aBasicCatalogueWithAnEscapeIsRead() throws IOException {
    Path root = chainWithOther("QT-001", "\"511703-AQSC\\x2D001\"");
    Scope scope = Scope.of(root, List.of(root.resolve(COUNTY)));

    assertThat(scope.read()).contains(other(root));
    assertThat(rules(check(scope))).contains("GK101");
  }

  @Test
  void anOverlayOfAnUnknownDomainReadsEveryBasicCatalogue() throws IOException {
    Path root = chainWithOther("QT-001", "QT-002");
    Path county = root.resolve(COUNTY);
    TestCatalogs.replaceIn(county, "domain: 安全生产", "domain: 安全生产监管");
    Scope scope = Scope.of(root, List.of(county));

    assertThat(scope.read()).contains(other(root));
    assertThat(rules(check(scope))).contains("GK303");
  }

  @Test
  void aParentOfAnotherDomainReadsThatDomainsBasicCatalogue() throws IOException {
    // the county's file, above the named township, says another domain that has a basic
    // catalogue: unread, the county would look misspelt and its children "not checked"
    Path root = chainWithOther("QT-001", "QT-002");
    Path county = root.resolve(COUNTY);
    TestCatalogs.replaceIn(county, "domain: 安全生产", "domain: 其他事务");
    Path township = root.resolve("regions/511703-达川区/511703001-三里坪街道/safety-production.yaml");
    Scope scope = Scope.of(root, List.of(township));

    assertThat(scope.read()).contains(other(root));
    assertThat(rules(check(scope))).doesNotContain("GK303");
    assertSameJudgement(township, scope, withEveryBasic(root, scope));
  }

  @Test
  void aParentOfAMisspeltDomainReadsEveryBasicCatalogue() throws IOException {
    Path root = chainWithOther("QT-001", "QT-002");
    Path county = root.resolve(COUNTY);
    TestCatalogs.replaceIn(county, "domain: 安全生产", "domain: 安全生厂");
    Path township = root.resolve("regions/511703-达川区/511703001-三里坪街道/safety-production.yaml");
    Scope scope = Scope.of(root, List.of(township));

    assertThat(scope.read()).contains(other(root));
    assertSameJudgement(township, scope, withEveryBasic(root, scope));
  }

  @Test
  void aNamedBasicCatalogueReadsEveryBasicCatalogue() throws IOException {
    Path root = chainWithOther("QT-001", "QT-002");
    Path basic = root.resolve("basic/safety-production.yaml");

    assertThat(Scope.of(root, List.of(basic)).read()).contains(other(root));
  }

  @Test
  void aNamedFolderOfFewOverlaysIsJudgedAsWithEveryBasicCatalogue() throws IOException {
    Path root = chainWithOther("QT-001", "QT-002");
    Path regions = root.resolve("regions");
    Scope scope = Scope.of(root, List.of(regions));

    assertThat(scope.read()).doesNotContain(other(root));
    assertSameJudgement(regions, scope, withEveryBasic(root, scope));
  }

  /** The overlay-chain tree with a second basic catalogue whose two items have these ids. */
  private Path chainWithOther(String id1, String id2) throws IOException {
    Path root = dir.resolve("tree");
    TestCatalogs.copy(CHAIN, root);
    String basic = Files.readString(root.resolve("basic/safety-production.yaml"));
    String item = basic.substring(basic.indexOf("  - id: AQSC-001"));
    String other =
        basic.substring(0, basic.indexOf("  - id: AQSC-001")).replace("安全生产", "其他事务")
            + item.replace("AQSC-001", id1).replace("行政处罚", "其一")
            + item.replace("AQSC-001", id2).replace("行政处罚", "其二");
    Files.writeString(other(root), other, StandardCharsets.UTF_8);
    return root;
  }

  private static Path other(Path root) {
    return root.resolve("basic/other.yaml").toAbsolutePath().normalize();
  }

  private static void assertSameJudgement(Path overlay, Scope scope, Scope every) {
    Validation got = check(scope);
    Validation want = check(every);
    assertThat(got.findings().stream().map(Finding::toString).toList())
        .as(overlay.toString())
        .isEqualTo(want.findings().stream().map(Finding::toString).toList());
    assertThat(got.files()).as(overlay.toString()).isEqualTo(want.files());
    assertThat(got.exitCode(true)).as(overlay.toString()).isEqualTo(want.exitCode(true));
  }

  private static Validation check(Scope scope) {
    return new Checker(MESSAGES, List.of(new ResolutionCheck(), new StaleOverlayCheck(MESSAGES)))
        .validate(new TreeLoader(new FileLoader(MESSAGES), MESSAGES), scope);
  }

  /** The scope with every basic catalogue of the tree read as well. */
  private static Scope withEveryBasic(Path root, Scope scope) {
    Path top = root.toAbsolutePath().normalize();
    Set<Path> read = new TreeSet<>(scope.read());
    read.addAll(YamlWalk.of(top, top.resolve(TreeLoader.BASIC_DIR)).files());
    return new Scope(scope.root(), new ArrayList<>(read), scope.reported(), scope.skipped());
  }

  private static List<String> rules(Validation v) {
    return v.findings().stream().map(f -> f.rule().id()).toList();
  }

  /** The tree a file below a {@code regions} folder with a sibling {@code basic} is in, or null. */
  private static Path treeOf(Path file) {
    for (Path d = file.getParent(); d != null; d = d.getParent()) {
      if (d.getFileName() != null
          && d.getFileName().toString().equals(TreeLoader.REGIONS_DIR)
          && d.getParent() != null
          && Files.isDirectory(d.getParent().resolve(TreeLoader.BASIC_DIR))) {
        return d.getParent();
      }
    }
    return null;
  }
}
