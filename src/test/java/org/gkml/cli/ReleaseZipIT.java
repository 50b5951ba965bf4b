package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The release archive as a user gets it (CLI.md 1.1 "Distribution"): unpacked into a folder outside
 * the checkout whose path has a space and Chinese characters, {@code bin/gkml} runs validate,
 * merge, export xlsx and build on the archive's own sample catalogues with nothing on the PATH but
 * Java and the few POSIX tools the script uses (no Maven, no bash); {@code bin/gkml.cmd} runs the
 * same jar with the same options file.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ReleaseZipIT {
  private static final String VERSION = GkmlCommand.Version.current();

  @TempDir static Path tmp;
  static Path home;
  static Path path;

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void unpack() throws IOException, InterruptedException {
    Path zip = Path.of("target/gkml-" + VERSION + ".zip");
    assumeTrue(Files.isRegularFile(zip), zip + " is built by mvn package");
    Path into = Files.createDirectories(tmp.resolve("下载 文件"));
    // unpacked as a user does, with an unzip tool that restores the launcher's mode
    Process unzip =
        new ProcessBuilder("unzip", "-q", zip.toAbsolutePath().toString(), "-d", into.toString())
            .inheritIO()
            .start();
    assertThat(unzip.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(unzip.exitValue()).isZero();
    home = into.resolve("gkml-" + VERSION);
    assertThat(home.resolve("bin/gkml")).isExecutable();
    // a PATH of Java and the tools bin/gkml calls, each linked alone: no mvn, no bash
    path = Files.createDirectories(tmp.resolve("path"));
    for (String tool : List.of("sh", "dirname", "mv", "rm", "locale", "readlink")) {
      Path real = Path.of("/bin", tool);
      if (!Files.exists(real)) {
        real = Path.of("/usr/bin", tool);
      }
      if (tool.equals("locale") && !Files.exists(real)) {
        continue; // (the launcher does without: it then takes the locale's set as not UTF-8)
      }
      Files.createSymbolicLink(path.resolve(tool), real.toRealPath());
    }
  }

  @Test
  void theArchiveHoldsLaunchersJarSchemasDocsSamplesAndReadmes() {
    for (String f :
        List.of(
            "bin/gkml",
            "bin/gkml.cmd",
            "lib/gkml.jar",
            "lib/gkml.jvmopts",
            "lib/gkml.build-id",
            "schemas/overlay.schema.json",
            "docs/format.md",
            "catalogs/gkml.yaml",
            "catalogs/basic/safety-production.yaml",
            "README.md",
            "README.en.md")) {
      assertThat(home.resolve(f)).as(f).isNotEmptyFile();
    }
  }

  @Test
  void theBuildIdBesideTheJarIsTheOneInsideIt() throws IOException {
    String inside;
    try (ZipFile jar = new ZipFile(home.resolve("lib/gkml.jar").toFile())) {
      inside =
          new String(
              jar.getInputStream(jar.getEntry("org/gkml/build-id.txt")).readAllBytes(),
              StandardCharsets.US_ASCII);
    }
    assertThat(Files.readString(home.resolve("lib/gkml.build-id"), StandardCharsets.US_ASCII))
        .matches("[0-9a-f]{64}\n")
        .isEqualTo(inside);
  }

  /**
   * Regression (stale class-data archive): the JVM checks an archive's jar only by size and date,
   * which two releases share (every file is dated 2026-01-01); unpacked over an older release, the
   * new one must run its own classes, not the archived ones of the old. Two one-class jars of equal
   * size and date stand in for the releases' jars, under this release's bin/gkml.
   */
  @Test
  void anUpgradeInPlaceRunsTheNewClassesThoughTheJarHasTheSameSizeAndDate() throws Exception {
    Path install = Files.createDirectories(tmp.resolve("升级/gkml"));
    Path lib = Files.createDirectories(install.resolve("lib"));
    Files.createDirectories(install.resolve("bin"));
    Files.copy(home.resolve("bin/gkml"), install.resolve("bin/gkml"));
    Files.copy(home.resolve("lib/gkml.jvmopts"), lib.resolve("gkml.jvmopts"));
    Files.writeString(lib.resolve("gkml.classlist"), "Hello\n");
    byte[] oldJar = helloJar("old");
    byte[] newJar = helloJar("new");
    assertThat(newJar).hasSameSizeAs(oldJar).isNotEqualTo(oldJar);
    FileTime released = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

    Files.write(lib.resolve("gkml.jar"), oldJar);
    Files.setLastModifiedTime(lib.resolve("gkml.jar"), released);
    Files.writeString(lib.resolve("gkml.build-id"), "a".repeat(64) + "\n");
    Files.writeString(lib.resolve("gkml.jsa"), "an archive of a release before build ids");
    Result before = run(install, Map.of());
    assertThat(before.out()).as(before.err()).isEqualTo("old\n");
    assertThat(lib.resolve("gkml-" + "a".repeat(16) + ".jsa")).isNotEmptyFile();
    assertThat(lib.resolve("gkml.jsa")).doesNotExist();

    Files.write(lib.resolve("gkml.jar"), newJar);
    Files.setLastModifiedTime(lib.resolve("gkml.jar"), released);
    Files.writeString(lib.resolve("gkml.build-id"), "b".repeat(64) + "\n");
    Result after = run(install, Map.of());
    assertThat(after.out()).as(after.err()).isEqualTo("new\n");
    assertThat(lib.resolve("gkml-" + "b".repeat(16) + ".jsa")).isNotEmptyFile();
    assertThat(lib.resolve("gkml-" + "a".repeat(16) + ".jsa")).doesNotExist();
    // and the new archive is used, not merely made
    Result again = run(install, Map.of("GKML_JAVA_OPTS", "-Xshare:on"));
    assertThat(again.out()).as(again.err()).isEqualTo("new\n");
  }

  /**
   * Regression (launcher run through a link): a link to bin/gkml on the PATH (~/bin/gkml, as a
   * pre-commit hook wants gkml there) looked for lib/ beside the link and failed every run.
   */
  @Test
  void theLauncherRunsThroughALinkToItOnThePath() throws Exception {
    Path install = Files.createDirectories(tmp.resolve("链接"));
    Path chain = Files.createDirectories(install.resolve("chain"));
    Files.createDirectories(install.resolve("bin"));
    // a relative link to an absolute one to the launcher
    Files.createSymbolicLink(chain.resolve("gkml"), home.resolve("bin/gkml").toAbsolutePath());
    Files.createSymbolicLink(install.resolve("bin/gkml"), Path.of("../chain/gkml"));

    Result viaLink = run(install, Map.of(), "--version");

    assertThat(viaLink.code()).as(viaLink.err()).isZero();
    assertThat(viaLink.out()).contains(VERSION);
  }

  /**
   * Regression (archive left half-written): a first run stopped while it makes the class-data
   * archive (Ctrl-C, a CI job cancelled) used to leave its temporary file of tens of MB in lib/. A
   * stand-in java writes part of the archive and has the launcher terminated meanwhile.
   */
  @Test
  void aFirstRunStoppedWhileItMakesTheArchiveLeavesNoPartOfIt() throws Exception {
    Path install = Files.createDirectories(tmp.resolve("中断/gkml"));
    Path lib = Files.createDirectories(install.resolve("lib"));
    Files.createDirectories(install.resolve("bin"));
    Files.copy(home.resolve("bin/gkml"), install.resolve("bin/gkml"));
    for (String f : List.of("gkml.jvmopts", "gkml.build-id", "gkml.classlist", "gkml.jar")) {
      Files.copy(home.resolve("lib").resolve(f), lib.resolve(f));
    }
    Path javaHome = Files.createDirectories(tmp.resolve("stopped-java/bin")).getParent();
    Path java = javaHome.resolve("bin/java");
    Files.writeString(
        java,
        """
        #!/bin/sh
        for a in "$@"; do
          case $a in -XX:SharedArchiveFile=*) out=${a#-XX:SharedArchiveFile=} ;; esac
        done
        echo "part of an archive" > "$out"
        kill -TERM $PPID
        exit 1
        """);
    assertThat(java.toFile().setExecutable(true)).isTrue();

    Result stopped = run(install, Map.of("JAVA_HOME", javaHome.toString()), "--version");

    assertThat(stopped.code()).isEqualTo(143);
    try (Stream<Path> left = Files.list(lib)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".jsa"));
    }
  }

  /**
   * Regression (stale class-data archive): a jar copied over lib/gkml.jar without lib/gkml.build-id
   * runs under an archive named for the old id; gkml finds out, removes the archive, makes the id
   * file the jar's and asks for the command again, which then runs.
   */
  @Test
  void aJarCopiedWithoutItsIdIsFoundOutAndTheNextRunIsRight() throws Exception {
    Path install = Files.createDirectories(tmp.resolve("只换了 jar/gkml"));
    Path lib = Files.createDirectories(install.resolve("lib"));
    Files.createDirectories(install.resolve("bin"));
    Files.copy(home.resolve("bin/gkml"), install.resolve("bin/gkml"));
    for (String f : List.of("gkml.jar", "gkml.jvmopts", "gkml.classlist")) {
      Files.copy(home.resolve("lib").resolve(f), lib.resolve(f));
    }
    String id = Files.readString(home.resolve("lib/gkml.build-id"), StandardCharsets.US_ASCII);
    // what the old release left: its id and an archive named for it (here one the JVM ignores)
    String old = "c".repeat(64);
    Files.writeString(lib.resolve("gkml.build-id"), old + "\n");
    Path archive = lib.resolve("gkml-" + old.substring(0, 16) + ".jsa");
    Files.writeString(archive, "the old release's archive");

    Result stale = run(install, Map.of("LANG", "zh_CN.UTF-8"), "--version");
    assertThat(stale.code()).isEqualTo(2);
    assertThat(stale.out()).isEmpty();
    assertThat(stale.err())
        .startsWith("gkml: lib/gkml.jar 与 lib/gkml.build-id 记载的不是同一个构建")
        .contains(archive.toString())
        .endsWith("请再运行一次本命令\n");
    assertThat(archive).doesNotExist();
    assertThat(lib.resolve("gkml.build-id")).hasContent(id.strip());

    Files.delete(lib.resolve("gkml.classlist")); // no new archive: the point is the run, quickly
    Result again = run(install, Map.of(), "--version");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).startsWith("gkml ");
  }

  /** A jar of one class, Hello, printing {@code word}: stored, so equal words give equal sizes. */
  private static byte[] helloJar(String word) throws IOException {
    Path src = Files.createDirectories(tmp.resolve("hello-" + word));
    Files.writeString(
        src.resolve("Hello.java"),
        "public class Hello { public static void main(String[] a) { System.out.println(\""
            + word
            + "\"); } }\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(
            javac.run(null, null, null, "-d", src.toString(), src.resolve("Hello.java").toString()))
        .isZero();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      ByteArrayOutputStream m = new ByteArrayOutputStream();
      manifest.write(m);
      stored(jar, JarFile.MANIFEST_NAME, m.toByteArray());
      stored(jar, "Hello.class", Files.readAllBytes(src.resolve("Hello.class")));
    }
    return bytes.toByteArray();
  }

  private static void stored(JarOutputStream jar, String name, byte[] content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    e.setCrc(crc.getValue());
    e.setTime(0);
    jar.putNextEntry(e);
    jar.write(content);
    jar.closeEntry();
  }

  @Test
  void theArchiveHoldsAManPagePerCommandNamingEachOfItsOptions() throws IOException {
    List<CommandSpec> commands = new ArrayList<>();
    collect(ManPages.model().getCommandSpec(), commands);
    assertThat(commands).hasSizeGreaterThan(GkmlCommand.SUBCOMMANDS.size());
    for (CommandSpec c : commands) {
      Path page = home.resolve("man/man1/" + c.qualifiedName("-") + ".1");
      assertThat(page).as(c.qualifiedName()).isNotEmptyFile();
      // troff writes a hyphen as \-
      String text = Files.readString(page, StandardCharsets.UTF_8).replace("\\-", "-");
      assertThat(text)
          .startsWith("'\\\" t")
          .contains(".TH \"" + c.qualifiedName("-").toUpperCase());
      for (OptionSpec o : c.options()) {
        if (!o.hidden()) {
          assertThat(text)
              .as("%s %s", c.qualifiedName(), o.longestName())
              .contains(o.longestName());
        }
      }
    }
  }

  private static void collect(CommandSpec spec, List<CommandSpec> into) {
    into.add(spec);
    spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), into));
  }

  @Test
  void bothLaunchersRunTheSameJarWithTheSameOptionsFile() throws IOException {
    String sh = Files.readString(home.resolve("bin/gkml"), StandardCharsets.UTF_8);
    String cmd = Files.readString(home.resolve("bin/gkml.cmd"), StandardCharsets.UTF_8);
    assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r").doesNotContain("[[");
    assertThat(sh).contains("$lib/gkml.jvmopts").contains("jar=$lib/gkml.jar");
    assertThat(cmd)
        .contains("\r\n")
        .contains("%GKML_LIB%\\gkml.jvmopts")
        .contains("%GKML_LIB%\\gkml.jar");
    assertThat(cmd).contains("set \"GKML_LIB=%~dp0..\\lib\"");
    assertThat(sh).contains("lib=$(cd \"$(dirname \"$self\")/../lib\"");
    // both name the class-data archive for the release's build id and tell gkml which they chose
    assertThat(sh).contains("$lib/gkml.build-id").contains("-Dgkml.cds.id=$id");
    assertThat(cmd)
        .contains("%GKML_LIB%\\gkml.build-id")
        .contains("gkml-%GKML_ID:~0,16%.jsa")
        .contains("-Dgkml.cds.id=%GKML_ID%");
  }

  @Test
  void validateMergeExportAndBuildRunOnTheSamplesWithOnlyJava() throws Exception {
    assertThat(Files.exists(path.resolve("mvn")) || Files.exists(path.resolve("bash"))).isFalse();
    Result v = gkml("validate", "--root", "catalogs", "--lang", "zh");
    assertThat(v.code()).as(v.err()).isZero();
    assertThat(v.out()).matches("0 个错误，0 个警告，涉及 \\d+ 个文件\\n");
    assertThat(v.err()).isEmpty();

    Path merged = tmp.resolve("输出/merged.yaml");
    Files.createDirectories(merged.getParent());
    Result m =
        gkml("merge", "--root", "catalogs", "--region", "511703102201", "-o", merged.toString());
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(Files.readString(merged)).contains("kind: catalog").contains("金花村");

    Path xlsx = tmp.resolve("输出/达川区.xlsx");
    Result x =
        gkml("export", "xlsx", "--root", "catalogs", "--region", "511703", "-o", xlsx.toString());
    assertThat(x.code()).as(x.err()).isZero();
    assertThat(xlsx).isNotEmptyFile();

    Path site = tmp.resolve("输出/网站");
    Result b = gkml("build", "--root", "catalogs", "-q", "-o", site.toString());
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(site.resolve("index.html")).isNotEmptyFile();
  }

  @Test
  void chineseNamesWorkWhateverTheLocaleAndTheLanguageAskedForIsKept() throws Exception {
    // a CI image's C locale, or a locale named but not installed: Java would read file names
    // (the jar's folder 下载 文件, the tree's 511703-达川区) as ASCII
    String overlay = "catalogs/regions/511703-达川区/safety-production.yaml";
    Result c = gkml(Map.of("LC_ALL", "C"), "validate", "--root", "catalogs", overlay);
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");

    Result zh = gkml(Map.of("LANG", "zh_CN.UTF-8"), "validate", "--root", "catalogs", overlay);
    assertThat(zh.code()).as(zh.err()).isZero();
    assertThat(zh.out()).isEqualTo("0 个错误，0 个警告，涉及 1 个文件\n");
  }

  private static Result gkml(String... args) throws IOException, InterruptedException {
    return gkml(Map.of(), args);
  }

  private static Result gkml(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return run(home, env, args);
  }

  /** Runs {@code bin/gkml} of the installation {@code install}, in that folder. */
  private static Result run(Path install, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(install.resolve("bin/gkml").toString()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(install.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", path + ":" + Path.of(System.getProperty("java.home"), "bin"));
    pb.environment().put("HOME", tmp.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("gkml ends").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
