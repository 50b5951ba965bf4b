package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gkml.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GKML_CACHE} takes tree, user or off (docs/ci.md); any other value is a usage error, as a
 * bad {@code --lang} is: {@code GKML_CACHE=OFF} or a misspelling silently kept writing the cache
 * into the tree (the release's review). Case does not matter.
 */
class MisspeltCacheSettingTest {
  @TempDir Path root;

  @BeforeEach
  void tree() throws Exception {
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("basic/safety-production.yaml"), TestCatalogs.CATALOG, StandardCharsets.UTF_8);
  }

  private CliRun validate(String value, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "validate";
    args[1] = "--root";
    args[2] = root.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.withEnv(Map.of("GKML_CACHE", value), args);
  }

  @Test
  void anUnknownValueIsAUsageErrorNamingTheValuesItTakes() {
    CliRun run = validate("bogus", "--lang=en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("gkml: GKML_CACHE=\"bogus\" is not valid: it takes tree, user or off\n");
    assertThat(root.resolve(".gkml-cache")).doesNotExist();
  }

  @Test
  void aMisspellingIsAnsweredWithTheValueMeant() {
    CliRun en = validate("of", "--lang=en");
    CliRun zh = validate("usr", "--lang=zh");

    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("did you mean \"off\"?");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("GKML_CACHE=“usr”无效：可选 tree、user 或 off").contains("“user”");
  }

  @Test
  void aBadValueIsRefusedEvenWhenTheRunWouldNotUseTheCache() {
    assertThat(validate("bogus", "--no-cache").code()).isEqualTo(2);
  }

  @Test
  void offInCapitalsKeepsNoCache() {
    CliRun run = validate("OFF", "--lang=en");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(root.resolve(".gkml-cache")).doesNotExist();
  }

  @Test
  void anEmptyValueIsTheDefault() {
    CliRun run = validate("", "--lang=en");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(root.resolve(".gkml-cache")).isDirectory();
  }
}
