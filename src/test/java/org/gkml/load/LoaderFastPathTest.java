package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.i18n.Messages;
import org.gkml.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcuts taken for speed give the same answers as the long way round. */
class LoaderFastPathTest {
  @TempDir Path dir;

  @Test
  void validUtf8WithAWrittenReplacementCharacterStillDecodes() {
    byte[] bytes = "a: \"\uFFFD\"\n".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(bytes))
        .isEqualTo(new TextDecoder.Decoded.Text("a: \"\uFFFD\"\n"));
  }

  @Test
  void malformedUtf8IsReportedAtItsLine() {
    byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xE4, (byte) 0xB8, '\n'};
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertThat(d).isInstanceOf(TextDecoder.Decoded.Failed.class);
    assertThat(((TextDecoder.Decoded.Failed) d).problem().line()).isEqualTo(2);
  }

  @Test
  void yamlNamesAreRecognisedInAnyCase() {
    assertThat(TreeLoader.isYamlName("安全生产.yaml")).isTrue();
    assertThat(TreeLoader.isYamlName("a.YML")).isTrue();
    assertThat(TreeLoader.isYamlName("a.Yaml")).isTrue();
    assertThat(TreeLoader.isYamlName("yaml")).isFalse();
    assertThat(TreeLoader.isYamlName(".yml")).isTrue(); // hidden: the caller skips it
    assertThat(TreeLoader.isYamlName("a.yaml.bak")).isFalse();
    assertThat(TreeLoader.isYamlName("")).isFalse();
  }

  @Test
  void aByteOrderMarkIsDropped() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1'};
    assertThat(TextDecoder.decode(bytes)).isEqualTo(new TextDecoder.Decoded.Text("a: 1"));
  }

  @Test
  void readsFilesInOneGoAndRefusesHugeOnes() throws IOException {
    Path small = Files.writeString(dir.resolve("a.yaml"), "gkml: 1\n");
    assertThat(BoundedInput.read(small)).isEqualTo("gkml: 1\n".getBytes(StandardCharsets.UTF_8));
    Path empty = Files.createFile(dir.resolve("empty.yaml"));
    assertThat(BoundedInput.read(empty)).isEmpty();
    Path saysEmpty = Path.of("/proc/self/status"); // size 0, content all the same
    if (Files.isReadable(saysEmpty)) {
      assertThat(new String(BoundedInput.read(saysEmpty), StandardCharsets.UTF_8)).contains("Pid:");
    }
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(FileLoader.MAX_FILE_BYTES + 1);
    }
    assertThatThrownBy(() -> BoundedInput.read(huge))
        .isInstanceOfSatisfying(
            BoundedInput.Refused.class,
            r -> assertThat(r.why()).isEqualTo(BoundedInput.Why.TOO_LARGE));
    assertThatThrownBy(() -> BoundedInput.read(dir)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> BoundedInput.read(dir.resolve("missing.yaml")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void findsYamlFilesInPathOrderSkippingHiddenOnes() throws IOException {
    Path basic = Files.createDirectories(dir.resolve("basic"));
    Files.writeString(basic.resolve("b.yaml"), "");
    Files.writeString(basic.resolve("a.yml"), "");
    Files.writeString(basic.resolve("notes.txt"), "");
    Files.writeString(basic.resolve(".hidden.yaml"), "");
    Files.createDirectories(basic.resolve(".git"));
    Files.writeString(basic.resolve(".git/x.yaml"), "");
    Files.createDirectories(basic.resolve("sub/folder.yaml"));
    Files.writeString(basic.resolve("sub/folder.yaml/c.YAML"), "");
    Files.createSymbolicLink(basic.resolve("link.yaml"), basic.resolve("b.yaml"));
    Files.createSymbolicLink(basic.resolve("dirlink.yaml"), basic.resolve("sub"));
    assertThat(TreeLoader.yamlFiles(dir, basic))
        .containsExactly(
            basic.resolve("a.yml"),
            basic.resolve("b.yaml"),
            basic.resolve("link.yaml"),
            basic.resolve("sub/folder.yaml/c.YAML"));
    assertThat(TreeLoader.yamlFiles(dir, dir.resolve("missing"))).isEmpty();
  }

  @Test
  void smallIntegersAreDigitsWithAnOptionalSign() {
    assertThat(YamlTreeBuilder.isSmallInteger("1")).isTrue();
    assertThat(YamlTreeBuilder.isSmallInteger("+12")).isTrue();
    assertThat(YamlTreeBuilder.isSmallInteger("-123456789")).isTrue();
    assertThat(YamlTreeBuilder.isSmallInteger("1234567890")).isFalse();
    assertThat(YamlTreeBuilder.isSmallInteger("")).isFalse();
    assertThat(YamlTreeBuilder.isSmallInteger("-")).isFalse();
    assertThat(YamlTreeBuilder.isSmallInteger("1.0")).isFalse();
    assertThat(YamlTreeBuilder.isSmallInteger("0x1")).isFalse();
  }

  @Test
  void positionsLiveInTheNodes() {
    String yaml =
        String.join(
            "\n",
            "gkml: 1",
            "kind: catalog",
            "optional: yes",
            "items:",
            "  - id: A-1",
            "    tiers: [县级, 乡级]",
            "    optional: true",
            "");
    FileLoader loader = new FileLoader(Messages.english());
    LoadedFile f =
        loader.parse(yaml.getBytes(StandardCharsets.UTF_8), dir.resolve("a.yaml"), "a.yaml", null);
    TreeLocator at = new TreeLocator(f.tree());
    assertThat(at.value("/gkml")).isEqualTo(new Position(1, 7));
    assertThat(at.key("/gkml")).isEqualTo(new Position(1, 1));
    assertThat(at.value("/items")).isEqualTo(new Position(4, 1));
    assertThat(at.value("/items/0/id")).isEqualTo(new Position(5, 9));
    assertThat(at.value("/items/0/tiers/1")).isEqualTo(new Position(6, 17));
    assertThat(at.key("/items/0/tiers")).isEqualTo(new Position(6, 5));
    assertThat(at.value("/items/0/missing")).isEqualTo(new Position(5, 5));
    assertThat(at.value("")).isEqualTo(new Position(1, 1));
    assertThat(f.tree().get("gkml").isInt()).isTrue();
    assertThat(f.tree().get("optional").isTextual()).isTrue();
    assertThat(f.tree().path("items").get(0).get("optional").isBoolean()).isTrue();
    assertThat(TreeLocator.segments("/a~1b/c~0d")).isEqualTo(List.of("a/b", "c~d"));
  }
}
