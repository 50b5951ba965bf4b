package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.gkml.TestCatalogs;
import org.gkml.TestGit;
import org.gkml.cache.ValidationCache;
import org.gkml.check.Validation;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --changed --staged} where the index and the work tree differ checks the work tree
 * with the index's difference laid over it (issue #15: a hook must not cost a copy of a province's
 * 51,000 files); its report, exit code and files are exactly those of the check of a copy of the
 * index's root, with and without the cache, whatever the work tree holds besides.
 */
class StagedOverWorkTreeTest {
  private static final String COUNTY = "regions/511703-达川区/safety-production.yaml";
  private static final String TOWNSHIP =
      "regions/511703-达川区/511703001-三里坪街道/safety-production.yaml";
  private static final String BASIC = "basic/safety-production.yaml";

  @TempDir Path work;
  private Path root;
  private Git git;
  private ValidationCache cache;

  @BeforeEach
  void committedSample() throws Exception {
    git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
    root = TestCatalogs.copyOfShipped(work);
    Files.writeString(work.resolve(".gitignore"), ".gkml-cache/\ncache/\n*.local.yaml\n");
    TestGit.commitAll(git, "sample");
    cache = ValidationCache.at(work.resolve("cache"), "1.0");
    service().validate(root, null, cache); // the committed tree, stored: later runs build on it
  }

  @AfterEach
  void close() {
    git.close();
  }

  @Test
  void anOverlayEditStagedWithAnotherLeftUnstaged() throws Exception {
    String county = read(COUNTY);
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009")); // the township breaks
    stage(COUNTY);
    write(COUNTY, county + "# fixed, not staged\n");

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.startsWith("GK201") && l.contains("三里坪街道"));
  }

  @Test
  void aBreakLeftUnstagedAndAnUntrackedBrokenFileDoNotCount() throws Exception {
    String township = read(TOWNSHIP);
    write(TOWNSHIP, township.replace("三里坪街道办事处", "三里坪街道办事处（综合办）"));
    stage(TOWNSHIP);
    write(TOWNSHIP, township.replace("511703-AQSC-002", "511703-AQSC-404"));
    write("regions/511703-达川区/notes.yaml", "gkml: 1\nkind: overlay\n");
    write("regions/511703-达川区/draft.local.yaml", "gkml: [\n"); // ignored

    List<String> report = sameAsCopy(true);

    assertThat(report).noneMatch(l -> l.contains("AQSC-404") || l.contains("notes.yaml"));
    assertThat(report).noneMatch(l -> l.contains("draft.local") || l.startsWith("GK002"));
    assertThat(report).contains("exit=0");
  }

  @Test
  void anOverlayAddedInTheIndexWithAnotherVersionInTheWorkTree() throws Exception {
    String village = "regions/511703-达川区/511703001-三里坪街道/511703001201-凤凰村/safety-production.yaml";
    String broken =
        """
        gkml: 1
        kind: overlay
        domain: 安全生产
        region: {code: "511703001201", name: 凤凰村}
        version: "2025.1"
        modify:
          - id: 511703-AQSC-777
            owner: 凤凰村村民委员会
        """;
    write(village, broken);
    stage(village);
    write(village, broken.replace("511703-AQSC-777", "511703-AQSC-002"));

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.contains("AQSC-777"));
  }

  @Test
  void aDeletionStagedWhileTheWorkTreeKeepsTheFile() throws Exception {
    git.rm().setCached(true).addFilepattern("catalogs/" + COUNTY).call(); // now untracked

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.startsWith("GK201") && l.contains("三里坪街道"));
  }

  @Test
  void aFileDeletedInTheWorkTreeOnlyIsCheckedAsTheIndexHoldsIt() throws Exception {
    String township = read(TOWNSHIP);
    write(TOWNSHIP, township.replace("511703-AQSC-002", "511703-AQSC-404"));
    stage(TOWNSHIP);
    Files.delete(root.resolve(TOWNSHIP));
    Files.delete(root.resolve(COUNTY)); // its dependents would break, were it committed so

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.contains("AQSC-404"));
  }

  @Test
  void aBrokenBasicCatalogueStagedAndRepairedInTheWorkTree() throws Exception {
    String basic = read(BASIC);
    write(BASIC, basic.replace("  - id: AQSC-005", "  - id: AQSC-905"));
    stage(BASIC);
    write(BASIC, basic);

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.contains("AQSC-005") && l.contains("达川区"));
  }

  @Test
  void aConfigChangeStaged() throws Exception {
    String config = read("gkml.yaml");
    write("gkml.yaml", config.replace("  - 投资项目在线审批监管平台\n", ""));
    stage("gkml.yaml");
    write("regions/511703-达川区/notes.yaml", "gkml: 1\n"); // untracked

    List<String> report = sameAsCopy(true);
    assertThat(report).anyMatch(l -> l.contains("投资项目在线审批监管平台"));

    write("gkml.yaml", config); // the config itself differs: the copy is checked
    assertThat(sameAsCopy(false)).isEqualTo(report);
  }

  @Test
  void aRenameStagedWithAnEditLeftUnstaged() throws Exception {
    String moved = "regions/511703-达川区/moved/safety-production.yaml";
    Files.createDirectories(root.resolve(moved).getParent());
    Files.move(root.resolve(TOWNSHIP), root.resolve(moved));
    git.add().addFilepattern("catalogs").call();
    git.add().addFilepattern("catalogs").setUpdate(true).call();
    write(moved, read(moved).replace("511703-AQSC-002", "511703-AQSC-404"));

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.contains("moved/safety-production.yaml"));
    assertThat(report).noneMatch(l -> l.contains("AQSC-404"));
  }

  @Test
  void anUntrackedFolderOfOverlays() throws Exception {
    String township = read(TOWNSHIP);
    write(TOWNSHIP, township.replace("511703-AQSC-002", "511703-AQSC-404"));
    stage(TOWNSHIP);
    String village = "regions/511703-达川区/511703001-三里坪街道/511703001299-新村/safety-production.yaml";
    Files.createDirectories(root.resolve(village).getParent());
    write(village, "gkml: [\n");

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.contains("AQSC-404"));
    assertThat(report).noneMatch(l -> l.contains("新村"));
  }

  @Test
  void aTreeThatReadsLinksIsCheckedThroughTheCopy() throws Exception {
    Path link =
        root.resolve("regions/511703-达川区/511703001-三里坪街道/511703001201-凤凰村/safety-production.yaml");
    Files.createSymbolicLink(link, root.resolve(TOWNSHIP).toAbsolutePath());
    TestGit.commitAll(git, "a link");
    String township = read(TOWNSHIP);
    write(TOWNSHIP, township.replace("511703-AQSC-002", "511703-AQSC-404"));
    stage(TOWNSHIP);
    write(TOWNSHIP, township);

    List<String> report = sameAsCopy(false);

    assertThat(report).anyMatch(l -> l.contains("凤凰村") && l.contains("AQSC-404"));
  }

  @Test
  void anUntrackedLinkIsCheckedThroughTheCopy() throws Exception {
    String county = read(COUNTY);
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009"));
    stage(COUNTY);
    Files.createSymbolicLink(root.resolve("regions/away.yaml"), work.resolve("nowhere.yaml"));

    List<String> report = sameAsCopy(false);

    assertThat(report).anyMatch(l -> l.startsWith("GK201"));
    assertThat(report).noneMatch(l -> l.contains("away.yaml"));
  }

  @Test
  void aRepositoryThatMayConvertLineEndingsIsCheckedThroughTheCopy() throws Exception {
    var config = git.getRepository().getConfig();
    config.setString("core", null, "autocrlf", "input");
    config.save();
    String county = read(COUNTY);
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009"));
    stage(COUNTY);
    write("regions/511703-达川区/notes.yaml", "gkml: 1\n"); // untracked

    assertThat(sameAsCopy(false)).anyMatch(l -> l.startsWith("GK201"));
  }

  @Test
  void aRepositoryWithGitattributesIsCheckedThroughTheCopy() throws Exception {
    Files.writeString(work.resolve(".gitattributes"), "*.yaml text eol=crlf\n");
    TestGit.commitAll(git, "attributes");
    String county = read(COUNTY);
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009"));
    stage(COUNTY);
    write("regions/511703-达川区/notes.yaml", "gkml: 1\n"); // untracked

    assertThat(sameAsCopy(false)).anyMatch(l -> l.startsWith("GK201"));
  }

  @Test
  void theCacheKeepsTheWorkTreesStatIndexAndAnswersTheSameLater() throws Exception {
    String county = read(COUNTY);
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009"));
    stage(COUNTY);
    write(COUNTY, county);
    byte[] statIndex = Files.readAllBytes(work.resolve("cache/stat-index.bin"));

    sameAsCopy(true);

    assertThat(Files.readAllBytes(work.resolve("cache/stat-index.bin")))
        .as("the index's bytes are no work tree file's")
        .isEqualTo(statIndex);
    // the work tree as committed, and then as staged, through the same cache
    List<String> workTree = render(service().validateChanged(root, "HEAD", List.of(), cache));
    assertThat(workTree).contains("exit=0").noneMatch(l -> l.startsWith("GK201"));
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009"));
    List<String> asStaged = render(service().validateChanged(root, "HEAD", List.of(), cache));
    List<String> uncached = render(service().validateChanged(root, "HEAD", List.of(), null));
    assertThat(asStaged).isEqualTo(uncached).anyMatch(l -> l.startsWith("GK201"));
  }

  /**
   * The staged check over the work tree, without the cache and twice through it (stored, then
   * found), each the same as the check of the index's copy; {@code fast}: whether the difference
   * was laid over the work tree at all.
   */
  @Test
  void aFilePutBackWithItsOldDateAndSizeIsCheckedAsTheIndexHoldsIt() throws Exception {
    // cp -p, touch -r, an unpacked archive: the status trusts size and date, git's commit does not
    FileTime date = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
    String county = read(COUNTY);
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009")); // same size, breaks
    Files.setLastModifiedTime(root.resolve(COUNTY), date);
    gitAdd(COUNTY); // git itself records the file's size and date (JGit's add marks it racy)
    write(COUNTY, county);
    Files.setLastModifiedTime(root.resolve(COUNTY), date);
    assertThat(git.status().call().getModified())
        .as("the status sees no unstaged change")
        .isEmpty();

    List<String> report = sameAsCopy(true);

    assertThat(report).anyMatch(l -> l.startsWith("GK201") && l.contains("三里坪街道"));
    assertThat(report).contains("exit=1");
  }

  @Test
  void aBreakPutBackWithTheStagedFilesDateAndSizeDoesNotCount() throws Exception {
    FileTime date = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
    String county = read(COUNTY);
    write(COUNTY, county + "# reviewed\n");
    Files.setLastModifiedTime(root.resolve(COUNTY), date);
    gitAdd(COUNTY);
    write(COUNTY, county.replace("511703-AQSC-002", "511703-AQSC-009") + "# reviewed\n");
    Files.setLastModifiedTime(root.resolve(COUNTY), date);

    List<String> report = sameAsCopy(true);

    assertThat(report).noneMatch(l -> l.contains("AQSC-009")).contains("exit=0");
  }

  private List<String> sameAsCopy(boolean fast) {
    ChangedScope.Staged staged = ChangedScope.staged(root, Map.of(), "HEAD");
    assertThat(staged.indexIsWorkTree()).isFalse();
    assertThat(staged.overWorkTree() != null).as("laid over the work tree").isEqualTo(fast);
    if (fast) {
      // and laid over it in fact: not given up for the copy on the way (StagedFiles.NotSimple)
      Pipeline pipeline = new Pipeline(session());
      assertThatCode(() -> pipeline.validateStaged(root, staged.overWorkTree()))
          .doesNotThrowAnyException();
    }
    List<String> copy = render(service().validateStaged(root, "HEAD", List.of(), null, false));
    List<String> uncached = render(service().validateStaged(root, "HEAD", List.of(), null, true));
    List<String> stored = render(service().validateStaged(root, "HEAD", List.of(), cache, true));
    List<String> found = render(service().validateStaged(root, "HEAD", List.of(), cache, true));
    assertThat(uncached).isEqualTo(copy);
    assertThat(stored).isEqualTo(copy);
    assertThat(found).isEqualTo(copy);
    return copy;
  }

  /** Each finding as the report shows it, and the files and exit code; "none": nothing staged. */
  private static List<String> render(Optional<CheckService.Checked> checked) {
    if (checked.isEmpty()) {
      return List.of("none");
    }
    Validation v = checked.get().validation();
    List<String> out = new ArrayList<>();
    for (Finding f : v.findings()) {
      out.add(
          f.rule().id()
              + " "
              + f.severity()
              + " "
              + f.loc()
              + " "
              + f.message()
              + " @"
              + checked.get().subjects().apply(f));
    }
    for (var s : v.suppressed()) {
      out.add("suppressed " + s.finding().loc() + " " + s.justification());
    }
    out.add("files=" + v.files());
    out.add("exit=" + v.exitCode(false).code());
    return out;
  }

  private static CheckService service() {
    return new CheckService(session());
  }

  private static Session session() {
    return new Session(Messages.english(), new PrintWriter(Writer.nullWriter()), "test", Map.of());
  }

  private String read(String rel) throws Exception {
    return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
  }

  private void write(String rel, String text) throws Exception {
    Files.writeString(root.resolve(rel), text, StandardCharsets.UTF_8);
  }

  private void gitAdd(String rel) throws Exception {
    Process add =
        new ProcessBuilder("git", "add", "--", "catalogs/" + rel)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(add.waitFor()).as(new String(add.getInputStream().readAllBytes())).isZero();
  }

  private void stage(String rel) throws Exception {
    git.add().addFilepattern("catalogs/" + rel).call();
  }
}
