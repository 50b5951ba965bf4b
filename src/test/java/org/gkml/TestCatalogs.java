package org.gkml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;

/**
 * Small catalogue texts and test resources that tests start from.
 *
 * <p>The shipped sample tree ({@code catalogs/}) is sample data that people edit: a test that uses
 * it works on a {@link #copyOfShipped copy} and takes the numbers it expects from the tree itself
 * ({@link #load}), never a count written into the test.
 */
public final class TestCatalogs {
  /** The shipped sample tree. */
  public static final Path SHIPPED = Path.of("catalogs");

  private TestCatalogs() {}

  /** A copy of the shipped sample tree at {@code dir/catalogs}. */
  public static Path copyOfShipped(Path dir) throws IOException {
    Path root = dir.resolve("catalogs");
    copy(SHIPPED, root);
    return root;
  }

  /**
   * Copies every file below {@code from} into {@code to}, replacing what is there; not the validate
   * cache that other tests' runs left in a source tree.
   */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        if (from.relativize(p).toString().startsWith(".gkml-cache")) {
          continue;
        }
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * Every file below {@code root} by its path relative to it, byte for byte (read as ISO-8859-1, so
   * that binary files compare too): what a test compares before and after a command that must
   * change nothing.
   */
  public static Map<String, String> everyFile(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  /**
   * As {@link #everyFile}, without what gkml keeps beside a tree's content: the validate cache
   * ({@code .gkml-cache/}) and a writer's lock ({@code .gkml-lock}).
   */
  public static Map<String, String> contentFiles(Path root) throws IOException {
    Map<String, String> files = everyFile(root);
    files.keySet().removeIf(k -> k.startsWith(".gkml-cache") || k.equals(".gkml-lock"));
    return files;
  }

  /**
   * Rewrites {@code file} (UTF-8) with every {@code from} replaced by {@code to}. The text must be
   * there: a fixture that changed under a test fails the test here, not in a later assertion.
   */
  public static void replaceIn(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as("text of %s to replace", file).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** A catalogue tree as gkml loads it (English messages). */
  public static CatalogTree load(Path root) {
    Messages m = Messages.english();
    return new TreeLoader(new FileLoader(m), m).load(root).tree();
  }

  /** A folder or file of {@code src/test/resources}, as a path. */
  public static Path resource(String name) {
    try {
      return Path.of(TestCatalogs.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid catalogue, one domain, one item, no finding. */
  public static final String CATALOG =
      """
      gkml: 1
      kind: catalog
      domain: 安全生产
      title: 安全生产领域基层政务公开标准目录
      version: "2025.1"
      issuer: 示例省人民政府办公厅
      items:
        - id: AQSC-001
          level1: 行政执法
          level2: 行政处罚
          content: 处罚依据、处罚结果
          basis: [《中华人民共和国安全生产法》]
          deadline: 信息形成或者变更之日起20个工作日内
          owner: 县级应急管理部门
          channels: [政府网站, 两微一端]
          audience: 全社会
          mode: 主动
          tiers: [县级, 乡级]
      """;
}
