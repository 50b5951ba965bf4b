package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk lists files in path order however its parts were sorted: each folder's files are sorted
 * where they were walked, and the parts come out of order when one folder's name continues
 * another's with a character that sorts below '/'.
 */
class WalkOrderTest {
  @TempDir Path root;

  @Test
  void foldersWhoseNamesContinueOthersStillListInPathOrder() throws IOException {
    Path regions = Files.createDirectories(root.resolve("regions"));
    List<Path> written = new ArrayList<>();
    for (String folder : List.of("a", "a-b", "a.c", "a b", "ab", "330101-示例1县", "330101")) {
      Path dir = Files.createDirectories(regions.resolve(folder).resolve("x"));
      written.add(Files.writeString(dir.resolve("f.yaml"), "gkml: 1\n"));
      written.add(Files.writeString(regions.resolve(folder).resolve("g.yaml"), "gkml: 1\n"));
    }
    written.add(Files.writeString(regions.resolve("z.yaml"), "gkml: 1\n"));
    written.add(Files.writeString(regions.resolve("a-a.yaml"), "gkml: 1\n"));
    List<Path> sorted = new ArrayList<>(written);
    sorted.sort(null);

    assertThat(TreeLoader.yamlFiles(root, regions)).containsExactlyElementsOf(sorted);
  }

  @Test
  void manyFoldersListInPathOrder() throws IOException {
    Path regions = Files.createDirectories(root.resolve("regions"));
    Random random = new Random(7);
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Path dir = regions.resolve("3301" + random.nextInt(100)).resolve("t" + random.nextInt(5));
      Files.createDirectories(dir);
      Path file = dir.resolve("d" + random.nextInt(1000) + ".yaml");
      if (!Files.exists(file)) {
        written.add(Files.writeString(file, "gkml: 1\n"));
      }
    }
    written.sort(null);

    assertThat(TreeLoader.yamlFiles(root, regions)).containsExactlyElementsOf(written);
  }

  @Test
  void deepFoldersWhoseNamesContinueOthersStillListInPathOrder() throws IOException {
    // below the first level each folder is walked and ordered by name alone, so the case where a
    // folder's name is continued by a sibling's ("x" and "x-1", "x.yaml") must hold there too;
    // one folder on the first level, so that no disorder there hides one further down
    Path regions = Files.createDirectories(root.resolve("regions"));
    Path top = regions.resolve("330000");
    List<String> names = List.of("x", "x-1", "x.0", "x 2", "x0", "示例", "示例-1", "a");
    Random random = new Random(11);
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      Path dir = top;
      int depth = 1 + random.nextInt(4);
      for (int d = 0; d < depth; d++) {
        dir = dir.resolve(names.get(random.nextInt(names.size())));
      }
      Path file = dir.resolveSibling(dir.getFileName() + ".yaml");
      if (Files.isDirectory(file) || Files.exists(dir) && !Files.isDirectory(dir)) {
        continue;
      }
      Files.createDirectories(dir);
      Path inside = dir.resolve(names.get(random.nextInt(names.size())) + ".yml");
      for (Path f : List.of(file, inside)) {
        if (!Files.exists(f)) {
          written.add(Files.writeString(f, "gkml: 1\n"));
        }
      }
    }
    Path hidden = Files.createDirectories(regions.resolve("x").resolve(".hidden"));
    Files.writeString(hidden.resolve("h.yaml"), "gkml: 1\n");
    Files.writeString(regions.resolve("x").resolve(".h.yaml"), "gkml: 1\n");
    written.sort(null);

    assertThat(TreeLoader.yamlFiles(root, regions)).containsExactlyElementsOf(written);
  }
}
