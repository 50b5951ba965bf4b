package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gkml validate} on one small broken tree, in every output format, compared exactly with the
 * readable golden files in {@code src/test/resources/cli/golden/}. After an intended change of
 * output, regenerate them with {@code mvn test -Dtest=ValidateGoldenTest -Dgkml.golden.update} and
 * review the diff.
 */
class ValidateGoldenTest {
  static final String BROKEN = "src/test/resources/cli/broken";
  private static final Path GOLDEN = Path.of("src/test/resources/cli/golden");

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("text", "en", "validate.txt"),
        Arguments.of("text", "zh", "validate.zh.txt"),
        Arguments.of("json", "en", "validate.json"),
        Arguments.of("sarif", "en", "validate.sarif.json"),
        Arguments.of("junit", "en", "validate.junit.xml"),
        Arguments.of("github", "en", "validate.github.txt"));
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @MethodSource("formats")
  void outputMatchesGolden(String format, String lang, String golden) throws IOException {
    CliRun run = CliRun.of("validate", "--root", BROKEN, "--format", format, "--lang", lang);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    String actual = normalize(run.out());
    Path file = GOLDEN.resolve(golden);
    if (System.getProperty("gkml.golden.update") != null) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** What depends on the machine and the release: the working directory and the version. */
  static String normalize(String output) {
    String cwd = Path.of("").toAbsolutePath().toUri().toASCIIString();
    cwd = cwd.endsWith("/") ? cwd : cwd + "/";
    return output
        .replace(cwd, "file:///WORKDIR/")
        .replace("\"" + GkmlCommand.Version.current() + "\"", "\"VERSION\"");
  }
}
