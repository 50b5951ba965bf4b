package org.gkml.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;
import org.gkml.model.Finding;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two ways a tree is read — from disk for validate, merge and publish ({@link TreeLoader}), and
 * from a snapshot for {@code diff --region} ({@link SnapshotDocuments}) — read {@code regions.csv}
 * alike: the same regions when validate finds nothing wrong with it, and when it does (a malformed
 * code used to be skipped silently by diff), diff stops at validate's first error, same place, same
 * words.
 */
class RegisterAgreementTest {
  private static final Messages MESSAGES = Messages.english();

  @TempDir Path root;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "code,name\n511703,达川区\n511703001,某镇\n",
        "\uFEFFcode,name\r\n511703,达川区\r\n",
        "code,name\r511703,达川区\r511703102,石桥镇\r",
        "name,code\n达川区,511703\n",
        "code,name\n511703,达川区\n5117031,某镇\n",
        "code,name\n511703,达川区\n 12345 ,x\n511703001,某镇\n",
        "code,name\n511703,../外\n",
        "code,name\n511703,\"达川区\n",
        "code,name\n"
      })
  void treeLoaderAndSnapshotAgreeOnTheRegister(String csv) throws IOException {
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(root.resolve("regions.csv"), csv, StandardCharsets.UTF_8);

    TreeLoader.Result loaded = new TreeLoader(new FileLoader(MESSAGES), MESSAGES).load(root);
    List<Finding> errors =
        loaded.findings().stream()
            .filter(f -> f.loc().file().display().endsWith("regions.csv"))
            .filter(Finding::isError)
            .toList();
    SnapshotDocuments snapshot =
        new SnapshotDocuments(
            DirectorySnapshot.of(root, root.toString(), MESSAGES),
            new FileLoader(MESSAGES),
            MESSAGES);

    if (errors.isEmpty()) {
      CatalogTree tree = snapshot.tree();
      assertThat(tree.register()).isEqualTo(loaded.tree().register());
    } else {
      GkmlException e = catchThrowableOfType(snapshot::tree, GkmlException.class);
      assertThat(e).isNotNull();
      assertThat(e.key()).isEqualTo("diff.invalidFile");
      Finding first = errors.get(0);
      assertThat(e.args()).containsExactly(first.loc().toString(), first.message());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"5117031", "51170", "abcdef"})
  void aMalformedCodeIsAnErrorOnBothPaths(String code) throws IOException {
    Files.createDirectories(root.resolve("basic"));
    Files.writeString(
        root.resolve("regions.csv"),
        "code,name\n511703,达川区\n" + code + ",某镇\n",
        StandardCharsets.UTF_8);

    TreeLoader.Result loaded = new TreeLoader(new FileLoader(MESSAGES), MESSAGES).load(root);
    assertThat(loaded.findings())
        .filteredOn(f -> f.rule() == Rule.REGION_CODE)
        .singleElement()
        .satisfies(f -> assertThat(f.loc().line()).isEqualTo(3));
    assertThat(loaded.tree().register()).containsOnlyKeys(new RegionCode("511703"));

    GkmlException e =
        catchThrowableOfType(
            () ->
                new SnapshotDocuments(
                        DirectorySnapshot.of(root, root.toString(), MESSAGES),
                        new FileLoader(MESSAGES),
                        MESSAGES)
                    .tree(),
            GkmlException.class);
    assertThat(e.render(MESSAGES)).contains("regions.csv:3:1").contains(code);
  }
}
