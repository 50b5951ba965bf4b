package org.gkml.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths for code hosts when gkml runs below the repository's top (a CI step with {@code
 * working-directory:}): the findings show paths relative to that folder, the reports for GitHub
 * name them from the repository's top, which is what GitHub resolves them against.
 */
class SourceRootTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ReportInput reportOf(String display, SourceRoot root) {
    Finding f =
        new Finding(
            Rule.UNKNOWN_CHANNEL,
            Severity.ERROR,
            SourceFile.unstructured(Path.of(display), display).at(3, 5),
            "unknown channel");
    return new ReportInput(
        List.of(f),
        List.of(display),
        false,
        "0.0.0",
        Messages.english(),
        List.of(),
        x -> "/items/0",
        List.of(),
        root);
  }

  private static String write(FindingsFormat format, ReportInput input) throws Exception {
    StringWriter out = new StringWriter();
    FindingsReporter.write(format, input, out);
    return out.toString();
  }

  @Test
  void pathsShownFromAFolderBelowTheTopAreNamedFromTheTop(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Path work = Files.createDirectories(repo.resolve("sub"));
    SourceRoot root = SourceRoot.of(Path.of("dir/catalogs"), work);
    ReportInput input = reportOf("dir/catalogs/basic/x.yaml", root);

    JsonNode run = JSON.readTree(write(FindingsFormat.SARIF, input)).path("runs").get(0);
    String github = write(FindingsFormat.GITHUB, input);

    assertThat(root.folder()).isEqualTo(repo);
    assertThat(run.at("/originalUriBaseIds/SRCROOT/uri").asText())
        .isEqualTo(repo.toUri().toASCIIString());
    JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.path("uri").asText()).isEqualTo("sub/dir/catalogs/basic/x.yaml");
    assertThat(artifact.path("uriBaseId").asText()).isEqualTo("SRCROOT");
    assertThat(github).startsWith("::error file=sub/dir/catalogs/basic/x.yaml,line=3,col=5,");
    // the human formats keep the path as the user sees it from where they are
    assertThat(write(FindingsFormat.TEXT, input)).startsWith("dir/catalogs/basic/x.yaml:3:5");
  }

  @Test
  void outsideARepositoryTheWorkingDirectoryIsTheRoot(@TempDir Path dir) throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    SourceRoot root = SourceRoot.of(Path.of("catalogs"), work);
    String outside = dir.resolve("other/basic/x.yaml").toString();

    assertThat(root.folder()).isEqualTo(work);
    assertThat(root.relative("catalogs/basic/x.yaml")).contains("catalogs/basic/x.yaml");
    assertThat(root.relative(outside)).isEmpty();
    assertThat(root.relative("../other/basic/x.yaml")).isEmpty();
    assertThat(root.name(outside)).isEqualTo(outside);
    JsonNode artifact =
        JSON.readTree(write(FindingsFormat.SARIF, reportOf(outside, root)))
            .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.path("uri").asText()).isEqualTo(Path.of(outside).toUri().toASCIIString());
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  /**
   * Regression (a path spelt through a symbolic link was taken for one outside the repository): the
   * root given through a link to the work tree ({@code --root "$PWD/catalogs"} in a linked folder)
   * finds the top as spelt, while a path named relative to the physical working directory is the
   * same file: both are named from the top, as before for the path spelt like the root.
   */
  @Test
  void pathsSpeltPhysicallyOrThroughALinkAreNamedFromTheSameTop(@TempDir Path dir)
      throws Exception {
    Path repo = Files.createDirectories(dir.resolve("real"));
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("catalogs/basic"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), repo);
    SourceRoot root = SourceRoot.of(link.resolve("catalogs"), repo);
    String logical = link.resolve("catalogs/basic/x.yaml").toString();

    assertThat(root.folder()).isEqualTo(link);
    assertThat(root.relative(logical)).contains("catalogs/basic/x.yaml");
    assertThat(root.relative("catalogs/basic/x.yaml")).contains("catalogs/basic/x.yaml");
    assertThat(write(FindingsFormat.GITHUB, reportOf("catalogs/basic/x.yaml", root)))
        .startsWith("::error file=catalogs/basic/x.yaml,line=3,col=5,");
    assertThat(root.relative(dir.resolve("other/x.yaml").toString())).isEmpty();
  }

  /**
   * A root reached through a link to a folder inside a work tree: no {@code .git} is above the
   * link, only above its real path; the top is the work tree's, not the working directory.
   */
  @Test
  void aRootLinkedIntoARepositoryIsNamedFromThatRepositorysTop(@TempDir Path dir) throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path catalogs = Files.createDirectories(repo.resolve("sub/catalogs/basic"));
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.createSymbolicLink(work.resolve("lc"), catalogs.getParent());
    SourceRoot root = SourceRoot.of(Path.of("lc"), work);
    ReportInput input = reportOf("lc/basic/x.yaml", root);

    JsonNode run = JSON.readTree(write(FindingsFormat.SARIF, input)).path("runs").get(0);

    assertThat(root.folder()).isEqualTo(repo);
    assertThat(run.at("/originalUriBaseIds/SRCROOT/uri").asText())
        .isEqualTo(repo.toUri().toASCIIString());
    assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("sub/catalogs/basic/x.yaml");
    assertThat(write(FindingsFormat.GITHUB, input))
        .startsWith("::error file=sub/catalogs/basic/x.yaml,");
  }

  /**
   * A relative path of any characters becomes a relative reference: no scheme (whatever colons the
   * first folder name holds), no authority, and it reads back as the same path.
   */
  @Property(tries = 200, seed = "20261207")
  void anyRelativePathIsARelativeReferenceToItself(
      @ForAll
          @StringLength(min = 1, max = 8)
          @CharRange(from = ' ', to = '~')
          @CharRange(from = '达', to = '达')
          String first,
      @ForAll @StringLength(min = 1, max = 8) @CharRange(from = ' ', to = '~') String second) {
    String path = (first + "/" + second).replace("//", "/x/");
    if (path.startsWith("/")) {
      path = "x" + path;
    }

    URI uri = URI.create(SourceRoot.relativeUri(path));

    assertThat(uri.getScheme()).isNull();
    assertThat(uri.getRawAuthority()).isNull();
    assertThat(uri.getPath()).isEqualTo(path);
    assertThat(uri.toASCIIString()).matches("[\\x21-\\x7e]+");
  }
}
