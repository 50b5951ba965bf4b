package org.gkml.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gkml.TestCatalogs;
import org.gkml.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkml init} and {@code gkml new}: what they write passes {@code validate} as it is, lands
 * in the right folders with working schema modelines, lists what a region may change, and is never
 * written over.
 */
class ScaffoldCliTest {
  private static final Path SHIPPED = Path.of("catalogs");
  private static final Pattern MODELINE =
      Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)\\n");

  @TempDir Path tmp;

  @Test
  void initThenOverlaysForACountyATownshipAndAVillageValidateClean() throws IOException {
    Path repo = tmp.resolve("新 目录");
    CliRun init = CliRun.of("init", repo.toString(), "--lang", "zh");
    assertThat(init.code()).as(init.err()).isZero();
    Path root = repo.resolve("catalogs");
    for (String f :
        List.of(
            "catalogs/gkml.yaml",
            "catalogs/regions.csv",
            "schemas/overlay.schema.json",
            ".vscode/settings.json",
            ".gitignore",
            ".github/workflows/gkml.yml",
            ".pre-commit-config.yaml")) {
      assertThat(repo.resolve(f)).as(f).isNotEmptyFile();
    }
    assertThat(root.resolve("basic")).isEmptyDirectory();
    // what gkml leaves in a tree is no content to commit: its cache, and a lock a killed run left
    assertThat(Files.readString(repo.resolve(".gitignore"))).contains(".gkml-cache/", ".gkml-lock");
    assertThat(Files.readString(repo.resolve(".vscode/settings.json")))
        .contains("yaml.schemas", "./schemas/overlay.schema.json", "catalogs/regions/**/*.yaml");
    assertThat(Files.readString(repo.resolve(".github/workflows/gkml.yml")))
        .contains("gkml validate --root catalogs --format github");
    assertModelineWorks(root.resolve("gkml.yaml"));
    assertThat(validate(root).code()).isZero();

    // the province's basic catalogue, and three regions of one chain in the register
    Files.copy(
        SHIPPED.resolve("basic/safety-production.yaml"),
        root.resolve("basic/safety-production.yaml"));
    Files.writeString(
        root.resolve("regions.csv"),
        "330802,柯城区\n330802001,府山街道\n330802001201,府山村\n",
        StandardOpenOption.APPEND);

    CliRun county =
        CliRun.of(
            "new", "overlay", "--root", root.toString(), "--region", "330802", "--domain", "安全生产");
    CliRun township =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            root.toString(),
            "--region",
            "330802001",
            "--domain",
            "safety-production");
    CliRun village =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            root.toString(),
            "--region",
            "330802001201",
            "--domain",
            "安全生产");
    for (CliRun r : List.of(county, township, village)) {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("safety-production.yaml");
    }
    Path countyFile = root.resolve("regions/330802-柯城区/safety-production.yaml");
    Path townshipFile = root.resolve("regions/330802-柯城区/330802001-府山街道/safety-production.yaml");
    Path villageFile =
        root.resolve("regions/330802-柯城区/330802001-府山街道/330802001201-府山村/safety-production.yaml");
    for (Path f : List.of(countyFile, townshipFile, villageFile)) {
      assertThat(f).isRegularFile();
      assertModelineWorks(f);
    }
    assertThat(Files.readString(villageFile))
        .startsWith("# yaml-language-server: $schema=../../../../../schemas/overlay.schema.json\n")
        .contains("name: 府山村")
        .contains("code: \"330802001201\"");
    // each names the basic version it starts from, so a later basic release makes it stale (GK403)
    String basicVersion = org.gkml.TestCatalogs.load(root).basics().get(0).version();
    for (Path f : List.of(countyFile, townshipFile, villageFile)) {
      assertThat(Files.readString(f)).contains("\nbase: \"" + basicVersion + "\"\n");
    }

    CliRun all = validate(root);
    assertThat(all.code()).as(all.out()).isZero();
    assertThat(all.out()).contains("0 errors, 0 warnings in 5 files");
  }

  @Test
  void theCommentsListWhatTheRegionMayChangeAndUncommentingThemWorks() throws IOException {
    Path root = copyOfShipped();
    CliRun r =
        CliRun.of(
            "new",
            "overlay",
            "--root",
            root.toString(),
            "--region",
            "511703102",
            "--domain",
            "安全生产");
    assertThat(r.code()).as(r.err()).isZero();
    Path file = root.resolve("regions/511703-达川区/511703102-石桥镇/safety-production.yaml");
    assertThat(file).as("the existing folders are reused").isRegularFile();
    String text = Files.readString(file);
    // the parent's resolution: the county's own item published at 乡级 is there; the basic items
    // published at 县级 only are not a township's to change
    assertThat(text)
        .contains("# modify:\n#   - id: 511703-AQSC-002\n#     level2: ")
        .contains("#     owner: 达川区应急管理局、各乡镇人民政府（街道办事处）\n")
        .doesNotContain("id: AQSC-001")
        .contains("# add:\n#   - id: 511703102-AQSC-001\n")
        .doesNotContain("&id")
        .doesNotContain("\nremove:")
        .doesNotContain("\nmodify:");
    assertThat(r.out()).contains(": 1 item to modify and 0 to remove");

    // a person uncomments modify: and the entry, changes the owner and drops the rest
    List<String> edited = new ArrayList<>();
    boolean inEntry = false;
    for (String line : text.split("\n")) {
      if (line.equals("# modify:")) {
        edited.add("modify:");
      } else if (line.equals("#   - id: 511703-AQSC-002")) {
        edited.add("  - id: 511703-AQSC-002");
        edited.add("    owner: 石桥镇人民政府");
        inEntry = true;
      } else if (inEntry && line.startsWith("#     ")) {
        continue; // the unchanged fields
      } else {
        inEntry = false;
        edited.add(line);
      }
    }
    Files.writeString(file, String.join("\n", edited) + "\n");
    CliRun v = validate(root);
    assertThat(v.code()).as(v.out()).isZero();
    CliRun merged =
        CliRun.of("merge", "--root", root.toString(), "--region", "511703102", "--domain", "安全生产");
    assertThat(merged.code()).as(merged.err()).isZero();
    assertThat(merged.out()).contains("owner: 石桥镇人民政府");
  }

  @Test
  void optionalItemsAreListedForRemovalUnderTheDefaultPolicy() throws IOException {
    Path root = copyOfShipped();
    Files.writeString(root.resolve("regions.csv"), "511702,通川区\n", StandardOpenOption.APPEND);
    CliRun r =
        CliRun.of(
            "new", "overlay", "--root", root.toString(), "--region", "511702", "--domain", "安全生产");
    assertThat(r.code()).as(r.err()).isZero();
    String text = Files.readString(root.resolve("regions/511702-通川区/safety-production.yaml"));
    // AQSC-003 is the one item marked optional: the only one to remove, with a reason to give
    assertThat(text).contains("# remove:\n#   - id: AQSC-003\n#     reason: \"\"\n");
    assertThat(text).contains("#   - id: AQSC-001\n").contains("#   - id: AQSC-006\n");
    assertThat(validate(root).code()).isZero();
  }

  @Test
  void newOverlayRefusesAnExistingOverlayAnUnknownRegionAndAnUnknownDomain() throws IOException {
    Path root = copyOfShipped();
    Path existing = root.resolve("regions/511703-达川区/safety-production.yaml");
    byte[] before = Files.readAllBytes(existing);

    CliRun again =
        CliRun.of(
            "new", "overlay", "--root", root.toString(), "--region", "511703", "--domain", "安全生产");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).startsWith("gkml: ").contains("511703-达川区").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(existing)).isEqualTo(before);

    CliRun unknown =
        CliRun.of(
            "new", "overlay", "--root", root.toString(), "--region", "330802", "--domain", "安全生产");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("330802").contains("regions.csv");

    CliRun badDomain =
        CliRun.of(
            "new", "overlay", "--root", root.toString(), "--region", "511703", "--domain", "无此领域");
    assertThat(badDomain.code()).isEqualTo(2);
    assertThat(badDomain.err()).contains("无此领域");

    CliRun badCode =
        CliRun.of(
            "new", "overlay", "--root", root.toString(), "--region", "5117", "--domain", "安全生产");
    assertThat(badCode.code()).isEqualTo(2);
  }

  @Test
  void aRegionNameFromTheRegisterStaysOneFolderName() throws IOException {
    Path root = copyOfShipped();
    Files.writeString(root.resolve("regions.csv"), "511799,../外/区\n", StandardOpenOption.APPEND);
    CliRun r =
        CliRun.of(
            "new", "overlay", "--root", root.toString(), "--region", "511799", "--domain", "安全生产");
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> s = Files.list(root.resolve("regions"))) {
      assertThat(s.map(p -> p.getFileName().toString())).contains("511799-.._外_区");
    }
    assertThat(root.resolve("regions/511799-.._外_区/safety-production.yaml")).isRegularFile();
  }

  @Test
  void initRefusesACataloguesFolderThatHoldsAnything() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("catalogs"));
    Files.writeString(repo.resolve("catalogs/old.yaml"), "x: 1\n");
    Files.writeString(repo.resolve(".gitignore"), "mine\n");

    CliRun r = CliRun.of("init", repo.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("catalogs").contains("not empty");
    assertThat(repo.resolve("schemas")).doesNotExist();

    Files.delete(repo.resolve("catalogs/old.yaml"));
    CliRun ok = CliRun.of("init", repo.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("kept " + repo.resolve(".gitignore"));
    assertThat(repo.resolve(".gitignore")).hasContent("mine");
    assertThat(CliRun.of("init", repo.toString()).code()).as("now it holds a tree").isEqualTo(2);
  }

  @Test
  void newCatalogWritesABasicCatalogueThatValidatesAndRefusesASecond() throws IOException {
    Path repo = tmp.resolve("repo");
    assertThat(CliRun.of("init", repo.toString(), "-q").code()).isZero();
    Path root = repo.resolve("catalogs");

    CliRun r = CliRun.of("new", "catalog", "--root", root.toString(), "--domain", "安全生产");
    assertThat(r.code()).as(r.err()).isZero();
    Path file = root.resolve("basic/safety-production.yaml");
    assertModelineWorks(file);
    assertThat(Files.readString(file)).contains("domain: 安全生产").contains("items: []");
    CliRun v = validate(root);
    assertThat(v.code()).as(v.out()).isZero();

    CliRun again = CliRun.of("new", "catalog", "--root", root.toString(), "--domain", "安全生产");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("safety-production.yaml");
  }

  @Test
  void newAloneExplainsItsTwoKinds() {
    CliRun r = CliRun.of("new");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("overlay").contains("catalog");
  }

  @Test
  void helpListsAndExplainsTheScaffoldsInTheUsersLanguage() {
    CliRun root = CliRun.of("--lang", "en", "--help");
    assertThat(root.out()).contains("init", "new");
    CliRun zh = CliRun.of("--lang", "zh", "new", "overlay", "--help");
    assertThat(zh.code()).isZero();
    assertThat(zh.out()).contains("--region=CODE", "--domain=D", "个性化文件", "名称取自 regions.csv");
    CliRun en = CliRun.of("--lang", "en", "init", "--help");
    assertThat(en.out()).contains("Start a new catalogue repository", "[DIR]");
  }

  /** The modeline names a schema file that exists, relative to the file's folder. */
  private static void assertModelineWorks(Path file) throws IOException {
    Matcher m = MODELINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(m.find()).as("modeline of " + file).isTrue();
    assertThat(file.getParent().resolve(m.group(1)).normalize()).as(m.group(1)).isRegularFile();
  }

  private Path copyOfShipped() throws IOException {
    Path root = tmp.resolve("copy/catalogs");
    TestCatalogs.copy(SHIPPED, root);
    return root;
  }

  private static CliRun validate(Path root) {
    return CliRun.of("validate", "--root", root.toString(), "--lang", "en");
  }
}
