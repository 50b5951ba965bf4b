package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gkml.Golden;
import org.gkml.report.FindingsFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gkml validate} on one small broken tree, in every output format, compared exactly with the
 * readable golden files in {@code src/test/resources/cli/golden/}: {@code
 * validate.<format>[.<lang>].<ext>}, e.g. {@code validate.text.zh.txt} is {@code --format text
 * --lang zh} (the language is English when the name has none). The cases are the files found there,
 * and every format of {@link FindingsFormat} must have one: a new format is a new golden file.
 * After an intended change of output, regenerate them with {@code mvn test
 * -Dtest=ValidateGoldenTest -Dgkml.golden.update} (see {@link Golden}) and review the diff.
 */
class ValidateGoldenTest {
  static final String BROKEN = "src/test/resources/cli/broken";
  private static final Path GOLDEN = Path.of("src/test/resources/cli/golden");
  private static final Pattern NAME =
      Pattern.compile("validate\\.([a-z]+)(?:\\.([a-z]{2}))?\\.[a-z]+");

  /** One golden file: the format and language its name says. */
  record Case(String format, String lang, String file) {
    @Override
    public String toString() {
      return format + " (" + lang + ") -> " + file;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        Matcher m = NAME.matcher(name);
        assertThat(m.matches()).as("golden file name " + name).isTrue();
        cases.add(new Case(m.group(1), m.group(2) == null ? "en" : m.group(2), name));
      }
    }
    return cases;
  }

  @Test
  void everyFormatHasAGoldenFileAndEveryGoldenFileAFormat() throws IOException {
    Set<String> formats = new TreeSet<>();
    for (FindingsFormat f : FindingsFormat.values()) {
      formats.add(f.word());
    }
    Set<String> golden = new TreeSet<>();
    cases().forEach(c -> golden.add(c.format()));
    assertThat(golden).isEqualTo(formats);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesGolden(Case golden) throws IOException {
    CliRun run =
        CliRun.of(
            "validate", "--root", BROKEN, "--format", golden.format(), "--lang", golden.lang());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    Golden.assertText(GOLDEN.resolve(golden.file()), normalize(run.out()));
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
