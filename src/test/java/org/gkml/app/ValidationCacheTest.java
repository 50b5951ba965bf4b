package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.gkml.cache.ValidationCache;
import org.gkml.check.Validation;
import org.gkml.cli.CliRun;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-tree validate cache gives the findings a run without it gives, after every kind of
 * change a tree goes through, and answers an unchanged tree from what it stored.
 */
class ValidationCacheTest {
  @TempDir Path work;
  private Path root;

  @BeforeEach
  void shippedTree() throws IOException {
    root = work.resolve("catalogs");
    copy(Path.of("catalogs"), root);
  }

  static void copy(Path from, Path to) throws IOException {
    org.gkml.TestCatalogs.copy(from, to);
  }

  private CliRun validate(boolean cached) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("validate", "--root", root.toString(), "--lang=en", "--format", "json"));
    if (!cached) {
      args.add("--no-cache");
    }
    return CliRun.withEnv(Map.of(), args.toArray(String[]::new));
  }

  /** Runs with and without the cache (twice with it: a miss, then a hit) and compares. */
  private CliRun sameWithAndWithoutCache() {
    CliRun uncached = validate(false);
    CliRun first = validate(true);
    CliRun second = validate(true);
    assertThat(first.out()).isEqualTo(uncached.out());
    assertThat(second.out()).isEqualTo(uncached.out());
    assertThat(first.code()).isEqualTo(uncached.code());
    assertThat(second.code()).isEqualTo(uncached.code());
    return uncached;
  }

  private void edit(String relative, String from, String to) throws IOException {
    TestCatalogs.replaceIn(root.resolve(relative), from, to);
  }

  private long entries() throws IOException {
    Path dir = root.resolve(ValidationCache.TREE_FOLDER);
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> in = Files.list(dir)) {
      return in.filter(p -> p.getFileName().toString().startsWith("validate-")).count();
    }
  }

  @Test
  void findingsAreTheSameAfterEditsRenamesDeletionsAndConfigAndBasicChanges() throws IOException {
    assertThat(sameWithAndWithoutCache().code()).isZero();
    assertThat(entries()).isEqualTo(1);

    // an edit that breaks an overlay
    edit(
        "regions/511703-达川区/511703102-石桥镇/rural-dilapidated-housing.yaml",
        "mode: 主动",
        "mode: 主动公开");
    assertThat(sameWithAndWithoutCache().code()).isEqualTo(1);

    Path village = renameAVillageFileThenDeleteATownshipFile();

    // a config change: a channel the tree uses is no longer declared
    edit("gkml.yaml", "  - 投资项目在线审批监管平台\n", "");
    CliRun config = sameWithAndWithoutCache();
    assertThat(config.out()).contains("投资项目在线审批监管平台");

    // a basic catalogue change that breaks an overlay nobody touched
    Files.move(village.resolveSibling("employment-2.yaml"), village);
    edit("basic/employment.yaml", "id: JYCY-001", "id: JYCY-901");
    CliRun basic = sameWithAndWithoutCache();
    assertThat(basic.code()).isEqualTo(1);
    assertThat(basic.out()).contains("凤凰村").contains("JYCY-001");
  }

  /** Dates every catalogue file an hour back: the stat index then vouches for what is unchanged. */
  /**
   * A rename (the file keeps its content, its path changes), then a deletion, each validated with
   * and without the cache; returns where the renamed file was.
   */
  private Path renameAVillageFileThenDeleteATownshipFile() throws IOException {
    Path village =
        root.resolve("regions/511703-达川区/511703001-三里坪街道/511703001201-凤凰村/employment.yaml");
    Files.move(village, village.resolveSibling("employment-2.yaml"));
    sameWithAndWithoutCache();
    Files.delete(root.resolve("regions/511703-达川区/511703001-三里坪街道/social-insurance.yaml"));
    sameWithAndWithoutCache();
    return village;
  }

  private void settleAll() throws IOException {
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (!root.relativize(p).startsWith(ValidationCache.TREE_FOLDER)) {
          Files.setLastModifiedTime(p, hourAgo);
        }
      }
    }
  }

  @Test
  void findingsAreTheSameWhenUnchangedFilesAreTakenFromTheStatIndex() throws Exception {
    settleAll();
    // the files' ctime, which setting their mtime sets to now, settles only by waiting
    Thread.sleep(2_100); // (StatIndex.MARGIN_NANOS)
    assertThat(sameWithAndWithoutCache().code()).isZero();
    // unchanged: answered without reading a file, and the index is not written again
    Path index = root.resolve(ValidationCache.TREE_FOLDER).resolve("stat-index.bin");
    byte[] stored = Files.readAllBytes(index);
    FileTime written = Files.getLastModifiedTime(index);
    assertThat(validate(true).out()).isEqualTo(validate(false).out());
    assertThat(Files.getLastModifiedTime(index)).isEqualTo(written);
    assertThat(Files.readAllBytes(index)).isEqualTo(stored);

    // each change below with every other file vouched for by the index (read late, if at all)
    edit("regions/511703-达川区/safety-production.yaml", "id: 511703-AQSC-002", "id: 511703-AQSC-092");
    assertThat(sameWithAndWithoutCache().out()).contains("三里坪街道");
    settleAll();
    validate(true);
    edit("basic/employment.yaml", "id: JYCY-001", "id: JYCY-901");
    assertThat(sameWithAndWithoutCache().out()).contains("凤凰村").contains("JYCY-001");
    settleAll();
    validate(true);
    renameAVillageFileThenDeleteATownshipFile();
  }

  @Test
  void anIndexAnOlderGkmlLeftIsCleared() throws IOException {
    Path dir = root.resolve(ValidationCache.TREE_FOLDER);
    Files.createDirectories(dir);
    Path old = dir.resolve("index-" + "0".repeat(64) + ".json");
    Path mine = dir.resolve("index-" + "0".repeat(63) + ".json.mine");
    Files.writeString(old, "{}", StandardCharsets.UTF_8);
    Files.writeString(mine, "{}", StandardCharsets.UTF_8);
    validate(true);
    assertThat(old).doesNotExist();
    assertThat(mine).exists(); // only names the cache gives its files
  }

  @Test
  void anUnchangedTreeIsAnsweredFromTheCacheAndAChangedOneIsNot() throws IOException {
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    ValidationCache cache = ValidationCache.at(root.resolve(".gkml-cache"), "1.0");
    assertThat(Pipelines.of(en).validateWhole(root, cache).hit()).isFalse();
    assertThat(Pipelines.of(en).validateWhole(root, cache).hit()).isTrue();
    edit("basic/employment.yaml", "id: JYCY-001", "id: JYCY-901");
    ValidationCache.Outcome changed = Pipelines.of(en).validateWhole(root, cache);
    assertThat(changed.hit()).isFalse();
    assertThat(changed.validation().errors()).isPositive();
    // another language writes other messages: another entry
    assertThat(Pipelines.of(Messages.of(java.util.Locale.CHINESE)).validateWhole(root, cache).hit())
        .isFalse();
  }

  @Test
  void aChangedOverlayIsCheckedInPartWithWhatDependsOnIt() throws IOException {
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    ValidationCache cache = ValidationCache.at(root.resolve(".gkml-cache"), "1.0");
    Pipelines.of(en).validateWhole(root, cache);
    // the county renames the item its township modifies: the township, untouched, breaks
    edit("regions/511703-达川区/safety-production.yaml", "id: 511703-AQSC-002", "id: 511703-AQSC-092");
    ValidationCache.Outcome part = Pipelines.of(en).validateWhole(root, cache);
    Validation whole = Pipelines.of(en).validate(root, null);
    assertThat(part.partial()).isTrue();
    assertThat(part.validation().findings()).isNotEmpty();
    assertThat(part.validation().findings())
        .extracting(f -> f.loc().file().display() + ":" + f.loc().line() + " " + f.message())
        .containsExactlyElementsOf(
            whole.findings().stream()
                .map(f -> f.loc().file().display() + ":" + f.loc().line() + " " + f.message())
                .toList())
        .anyMatch(s -> s.contains("三里坪街道"));
    assertThat(part.validation().files()).isEqualTo(whole.files());
    // mended again: the first entry answers
    edit("regions/511703-达川区/safety-production.yaml", "id: 511703-AQSC-092", "id: 511703-AQSC-002");
    assertThat(Pipelines.of(en).validateWhole(root, cache).hit()).isTrue();
  }

  @Test
  void aChangedBasicCatalogueIsCheckedWithItsDomainAndWhatSharesItsIds() throws IOException {
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    ValidationCache cache = ValidationCache.at(root.resolve(".gkml-cache"), "1.0");
    Pipelines.of(en).validateWhole(root, cache);
    // renamed: the village's modify of JYCY-001 loses its target; ids added or dropped are
    // checked whole (an unknown target in any domain names the domain whose basic holds it)
    assertWholeAsUncached(
        en, cache, "basic/employment.yaml", "id: JYCY-001", "id: JYCY-901", "JYCY-001");
    // takes the id the county adds (GK101 there, in path order after the basic catalogue)
    assertWholeAsUncached(
        en,
        cache,
        "basic/safety-production.yaml",
        "id: AQSC-004\n",
        "id: 511703-AQSC-001\n",
        "511703-AQSC-001");
    // forbids removal: the overlays of its domain that remove break (GK210)
    assertPartAsWhole(
        en,
        cache,
        "basic/safety-production.yaml",
        "removable: optional-only",
        "removable: never",
        "GK210");
    // a new version: an overlay written for the old one is stale (GK403)
    edit(
        "regions/511703-达川区/rural-dilapidated-housing.yaml",
        "domain: 农村危房改造\n",
        "domain: 农村危房改造\nbase: \"2025.1\"\n");
    Pipelines.of(en).validateWhole(root, cache);
    assertPartAsWhole(
        en, cache, "basic/rural-dilapidated-housing.yaml", "\"2025.1\"", "\"2025.3\"", "GK403");
    // invalid, or another domain: checked whole
    edit("basic/social-insurance.yaml", "mode: 主动\n", "mode: 主动公开\n");
    assertThat(Pipelines.of(en).validateWhole(root, cache).partial()).isFalse();
    edit("basic/social-insurance.yaml", "mode: 主动公开\n", "mode: 主动\n");
    edit("basic/employment.yaml", "domain: 就业\n", "domain: 就业创业\n");
    ValidationCache.Outcome renamed = Pipelines.of(en).validateWhole(root, cache);
    assertThat(renamed.partial()).isFalse();
    assertThat(renamed.validation().findings()).extracting(f -> f.rule().id()).contains("GK303");
  }

  @Test
  void aParentWithAMisspeltDomainStaysTheCauseOfItsChildrenInAPartCheck() throws IOException {
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    ValidationCache cache = ValidationCache.at(root.resolve(".gkml-cache"), "1.0");
    Pipelines.of(en).validateWhole(root, cache);
    String county = "regions/511703-达川区/safety-production.yaml";
    // misspelt: another domain, checked whole; the township is not checked against it
    edit(county, "domain: 安全生产\n", "domain: 安全生厂\n");
    ValidationCache.Outcome misspelt = Pipelines.of(en).validateWhole(root, cache);
    assertThat(misspelt.partial()).isFalse();
    assertThat(lines(misspelt.validation()))
        .containsExactlyElementsOf(lines(Pipelines.of(en).validate(root, null)))
        .anyMatch(l -> l.startsWith("GK303 ") && l.contains("达川区/safety-production.yaml"))
        .anyMatch(l -> l.startsWith("GK009 ") && l.contains("not checked against its parents"))
        .noneMatch(l -> l.contains("511703-AQSC-002"));
    // the domain's basic catalogue changes: its overlays are checked anew in part, and the
    // township's note depends on the county, of another domain now
    assertPartAsWhole(
        en,
        cache,
        "basic/safety-production.yaml",
        "removable: optional-only",
        "removable: with-reason",
        "not checked against its parents");
    // the same in a child's edit, and in the county's own edit of what it adds
    assertPartAsWhole(
        en,
        cache,
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        "owner: 三里坪街道办事处",
        "owner: 三里坪街道",
        "not checked against its parents");
    assertPartAsWhole(en, cache, county, "id: 511703-AQSC-001", "id: 511703-AQSC-091", "GK303");
    // mended: checked whole, and the township's entries are checked against the county again
    edit(county, "domain: 安全生厂\n", "domain: 安全生产\n");
    ValidationCache.Outcome mended = Pipelines.of(en).validateWhole(root, cache);
    assertThat(mended.partial()).isFalse();
    assertThat(lines(mended.validation()))
        .containsExactlyElementsOf(lines(Pipelines.of(en).validate(root, null)))
        .noneMatch(l -> l.contains("GK303") || l.contains("not checked"));
  }

  /**
   * Edits a basic catalogue, and asserts the run is checked in part, says {@code expected}
   * somewhere in its findings, and finds exactly what an uncached run does.
   */
  @Test
  void anIdRenamedInOneDomainChangesWhatAnotherDomainsUnknownTargetSays() throws IOException {
    // a township's safety-production overlay modifies an employment item: GK201 says whose it is
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    edit(
        "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml",
        "id: 511703-AQSC-002",
        "id: JYCY-001");
    ValidationCache cache = ValidationCache.at(root.resolve(".gkml-cache"), "1.0");
    assertThat(lines(Pipelines.of(en).validateWhole(root, cache).validation()))
        .anyMatch(l -> l.contains("JYCY-001 is an item of the 就业 domain"));
    // the employment item renamed: that GK201 no longer names 就业
    assertWholeAsUncached(
        en, cache, "basic/employment.yaml", "id: JYCY-001", "id: JYCY-901", "JYCY-001");
    assertThat(lines(Pipelines.of(en).validateWhole(root, cache).validation()))
        .noneMatch(l -> l.contains("is an item of the 就业 domain"));
  }

  /** An edit that the cache checks whole, with the findings of an uncached run. */
  private void assertWholeAsUncached(
      Messages en, ValidationCache cache, String file, String from, String to, String expected)
      throws IOException {
    edit(file, from, to);
    ValidationCache.Outcome o = Pipelines.of(en).validateWhole(root, cache);
    Validation whole = Pipelines.of(en).validate(root, null);
    assertThat(lines(o.validation()))
        .as(file + " " + to)
        .containsExactlyElementsOf(lines(whole))
        .anyMatch(s -> s.contains(expected));
    assertThat(o.partial()).as(file + " " + to).isFalse();
  }

  private void assertPartAsWhole(
      Messages en, ValidationCache cache, String file, String from, String to, String expected)
      throws IOException {
    edit(file, from, to);
    ValidationCache.Outcome part = Pipelines.of(en).validateWhole(root, cache);
    Validation whole = Pipelines.of(en).validate(root, null);
    assertThat(part.partial()).as(file + " " + to).isTrue();
    assertThat(lines(part.validation()))
        .as(file + " " + to)
        .containsExactlyElementsOf(lines(whole))
        .anyMatch(s -> s.contains(expected));
    assertThat(part.validation().suppressed()).hasSameSizeAs(whole.suppressed());
    assertThat(part.validation().files()).isEqualTo(whole.files());
  }

  /** Each finding as one line: rule, file, line and message. */
  static List<String> lines(Validation v) {
    return v.findings().stream()
        .map(
            f ->
                f.rule().id()
                    + " "
                    + f.loc().file().display()
                    + ":"
                    + f.loc().line()
                    + " "
                    + f.message())
        .toList();
  }

  @Test
  void anotherGkmlBuildNeverReadsAnEntryOfThisOne() throws IOException {
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    Path dir = root.resolve(".gkml-cache");
    ValidationCache old = ValidationCache.at(dir, "1.0");
    assertThat(Pipelines.of(en).validateWhole(root, old).validation().findings()).isEmpty();
    // what version 1.0 stored claims a finding (as if its rules had differed)
    Path entry = onlyEntry(dir);
    TestCatalogs.replaceIn(
        entry,
        "\"findings\":[]",
        "\"findings\":[{\"rule\":\"GK001\",\"severity\":\"ERROR\",\"path\":\"/x.yaml\","
            + "\"display\":\"x.yaml\",\"pointer\":\"\",\"line\":1,\"column\":1,"
            + "\"message\":\"old rules\",\"subject\":\"\"}]");
    assertThat(Pipelines.of(en).validateWhole(root, old).validation().findings())
        .extracting(f -> f.message())
        .containsExactly("old rules"); // the same build does read it: the test can tell
    ValidationCache upgraded = ValidationCache.at(dir, "2.0");
    ValidationCache.Outcome fresh = Pipelines.of(en).validateWhole(root, upgraded);
    assertThat(fresh.hit()).isFalse();
    assertThat(fresh.validation().findings()).isEmpty();
  }

  private static Path onlyEntry(Path dir) throws IOException {
    try (Stream<Path> in = Files.list(dir)) {
      List<Path> entries =
          in.filter(p -> p.getFileName().toString().startsWith("validate-")).toList();
      assertThat(entries).hasSize(1);
      return entries.get(0);
    }
  }

  @Test
  void aCorruptTruncatedOrForeignEntryIsIgnored() throws IOException {
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    Path dir = root.resolve(".gkml-cache");
    ValidationCache cache = ValidationCache.at(dir, "1.0");
    edit("basic/employment.yaml", "id: JYCY-001", "id: JYCY-901");
    List<String> expected =
        Pipelines.of(en).validateWhole(root, cache).validation().findings().stream()
            .map(f -> f.loc().file().display() + ":" + f.loc().line() + " " + f.message())
            .toList();
    assertThat(expected).isNotEmpty();
    Path entry = onlyEntry(dir);
    String good = Files.readString(entry, StandardCharsets.UTF_8);
    for (String bad :
        List.of(
            good.substring(0, good.length() / 2), // truncated
            "\u0000\u0001garbage",
            "[]",
            good.replace(
                "\"format\":\"gkml-validate-cache/2\"", "\"format\":\"gkml-validate-cache/0\""),
            good.replace("\"rule\":\"GK", "\"rule\":\"XX"),
            good.replace("\"line\":", "\"line\":\"one\",\"x\":"))) {
      Files.writeString(entry, bad, StandardCharsets.UTF_8);
      ValidationCache.Outcome o = Pipelines.of(en).validateWhole(root, cache);
      assertThat(o.hit()).as(bad).isFalse();
      assertThat(
              o.validation().findings().stream()
                  .map(f -> f.loc().file().display() + ":" + f.loc().line() + " " + f.message())
                  .toList())
          .isEqualTo(expected);
    }
    // the last run wrote a good entry again
    assertThat(Pipelines.of(en).validateWhole(root, cache).hit()).isTrue();
  }

  @Test
  void atMostAFewEntriesAreKept() throws IOException {
    Messages en = Messages.of(java.util.Locale.ENGLISH);
    Path dir = root.resolve(".gkml-cache");
    ValidationCache cache = ValidationCache.at(dir, "1.0");
    Path basic = root.resolve("basic/employment.yaml");
    String text = Files.readString(basic, StandardCharsets.UTF_8);
    for (int i = 0; i < 12; i++) {
      Files.writeString(basic, text + "# edit " + i + "\n", StandardCharsets.UTF_8);
      Pipelines.of(en).validateWhole(root, cache);
    }
    assertThat(entries()).isBetween(1L, 8L);
  }

  @Test
  void noCacheWritesNothingAndAFileNamedLikeTheCacheFolderIsLeftAlone() throws IOException {
    CliRun off = validate(false);
    assertThat(off.code()).isZero();
    assertThat(root.resolve(ValidationCache.TREE_FOLDER)).doesNotExist();

    Files.writeString(root.resolve(ValidationCache.TREE_FOLDER), "mine", StandardCharsets.UTF_8);
    CliRun on = validate(true);
    assertThat(on.out()).isEqualTo(off.out());
    assertThat(root.resolve(ValidationCache.TREE_FOLDER)).hasContent("mine");
    assertThat(ValidationCache.forRoot(root, Map.of(), "1.0")).isEmpty();
    assertThat(ValidationCache.forRoot(root, Map.of("GKML_CACHE", "off"), "1.0")).isEmpty();
  }

  @Test
  void theUserCacheIsUsedWhenAskedFor() throws IOException {
    Path home = work.resolve("xdg");
    Map<String, String> env = Map.of("GKML_CACHE", "user", "XDG_CACHE_HOME", home.toString());
    CliRun first =
        CliRun.withEnv(env, "validate", "--root", root.toString(), "--lang=en", "--format=json");
    CliRun second =
        CliRun.withEnv(env, "validate", "--root", root.toString(), "--lang=en", "--format=json");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(root.resolve(ValidationCache.TREE_FOLDER)).doesNotExist();
    try (Stream<Path> in = Files.walk(home.resolve("gkml"))) {
      assertThat(in.filter(p -> p.getFileName().toString().startsWith("validate-"))).hasSize(1);
    }
  }

  /**
   * Regression (a relative XDG_CACHE_HOME put the cache into whatever folder gkml ran in): the XDG
   * Base Directory specification has a relative value ignored, so ~/.cache is used. The value is
   * relative to this test's working directory and leads into the test's folder, so a cache written
   * there would be seen, and nothing lands in the checkout.
   */
  @Test
  void aRelativeXdgCacheHomeIsIgnored() throws IOException {
    Path relative = Path.of("").toAbsolutePath().relativize(work.resolve("relx"));
    Path home = work.resolve("home");
    Map<String, String> env =
        Map.of(
            "GKML_CACHE", "user", "XDG_CACHE_HOME", relative.toString(), "HOME", home.toString());

    CliRun run = CliRun.withEnv(env, "validate", "--root", root.toString(), "--lang=en");

    assertThat(run.code()).isZero();
    assertThat(relative.isAbsolute()).isFalse();
    assertThat(work.resolve("relx")).doesNotExist();
    try (Stream<Path> in = Files.walk(home.resolve(".cache/gkml"))) {
      assertThat(in.filter(p -> p.getFileName().toString().startsWith("validate-"))).hasSize(1);
    }
  }
}
