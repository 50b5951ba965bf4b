package org.gkml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: outputs compared with files kept in {@code src/test/resources}. One switch rewrites
 * every one of them after an intended change of output: {@code mvn test -Dgkml.golden.update} (or
 * {@code =true}); review the diff before committing it. Without it a test only compares.
 */
public final class Golden {
  /** The system property that rewrites golden files instead of trusting them. */
  public static final String UPDATE = "gkml.golden.update";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Golden() {}

  /** True when this run rewrites golden files: the switch given bare or as anything but false. */
  public static boolean updating() {
    String value = System.getProperty(UPDATE);
    return value != null && !value.equalsIgnoreCase("false");
  }

  /**
   * Asserts that {@code actual} is the text of {@code golden} byte for byte (UTF-8); with the
   * switch on, first writes it there.
   */
  public static void assertText(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as(golden.toString()).isEqualTo(Files.readString(golden));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} is the JSON of {@code golden} (as a tree: layout may differ); with
   * the switch on, first writes it there, pretty-printed.
   */
  public static void assertJson(Path golden, JsonNode actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(
            golden,
            JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
            StandardCharsets.UTF_8);
      }
      assertThat(actual).as(golden.toString()).isEqualTo(JSON.readTree(golden.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
