package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gkml.export.HtmlDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkml build} and {@code gkml export html}, run in-process. */
class PublishCliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gkml.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void buildPublishesTheShippedTreeAndSaysWhereToOpenIt() {
    Path out = tmp.resolve("out");
    Run r = run("build", "--lang", "en", "-o", out.toString(), "--jobs", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("basic/index.html")).isRegularFile();
    assertThat(out.resolve("build-report.json")).isRegularFile();
    assertThat(r.out()).contains("Open " + out.toAbsolutePath().resolve("index.html"));
    assertThat(r.out()).contains("file:");
  }

  @Test
  void buildSpeaksChinese() {
    Run r = run("build", "--lang", "zh", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("用浏览器打开");
  }

  @Test
  void quietBuildPrintsNothing() {
    Run r = run("build", "-q", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anErrorStopsTheBuildBeforeAnythingIsWritten() throws IOException {
    Path root = copyOfShippedTree();
    Path file = root.resolve("basic/employment.yaml");
    Files.writeString(file, Files.readString(file).replace("JYCY-002", "JYCY-001"));
    Path out = tmp.resolve("out");
    Run r = run("build", "--lang", "en", "--root", root.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error GK101").contains("build stopped");
    assertThat(out).doesNotExist();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("root");
    }
  }

  @Test
  void badJobsAndForeignOutputAreUsageErrors() throws IOException {
    Run r = run("build", "--lang", "en", "--jobs", "0", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--jobs must be at least 1");
    Path mine = Files.createDirectory(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep");
    r = run("build", "--lang", "en", "-o", mine.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("will not replace").doesNotContain("Exception");
    assertThat(mine.resolve("notes.txt")).hasContent("keep");
    r = run("build", "--lang", "en", "--root", tmp.resolve("none").toString());
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void exportHtmlWritesTheBasicPageToStdoutOrAFile() throws IOException {
    Run r = run("export", "html");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("AQSC-001");
    Path file = tmp.resolve("page.html");
    r = run("export", "html", "--tier", "村级", "-o", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    HtmlDom dom = HtmlDom.parse(Files.readString(file));
    assertThat(dom.byId("JYCY-001")).isNotNull(); // 村级
    assertThat(dom.byId("AQSC-001")).isNull(); // 县级 only
    r = run("export", "html", "--tier", "village", "-o", file.toString());
    assertThat(r.code()).isZero();
  }

  @Test
  void exportHtmlRejectsBadInput() {
    Run r = run("export", "html", "--lang", "en", "--tier", "省级");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown tier");
    r = run("export", "html", "--lang", "en", "--region", "511703");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--region 511703");
    r = run("export");
    assertThat(r.code()).isEqualTo(2);
    r = run("export", "html", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--region", "--tier");
  }

  @Test
  void exportHtmlStopsOnAnInvalidBasicCatalogue() throws IOException {
    Path root = copyOfShippedTree();
    Path file = root.resolve("basic/employment.yaml");
    Files.writeString(file, Files.readString(file).replace("JYCY-002", "JYCY-001"));
    Run r = run("export", "html", "--lang", "en", "--root", root.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("GK101");
  }

  private Path copyOfShippedTree() throws IOException {
    Path src = Path.of("catalogs");
    Path root = tmp.resolve("root");
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path target = root.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return root;
  }
}
