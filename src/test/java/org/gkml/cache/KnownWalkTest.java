package org.gkml.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.gkml.load.FileStat;
import org.gkml.load.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk known from the stat index is the walk itself, file for file in the same order, when no
 * folder changed; any change a walk would see (a file or folder made, removed or renamed, a folder
 * that can no longer be listed, a link) makes it give way to the walk.
 */
class KnownWalkTest {
  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  @TempDir Path root;
  private Path cache;
  private long later;

  @BeforeEach
  void tree() throws IOException {
    assumeThat(FileStat.of(root)).isInstanceOf(FileStat.Unix.class);
    write("gkml.yaml", "gkml: 1\n");
    write("basic/a.yaml", "gkml: 1\n");
    write("basic/b.yml", "gkml: 1\n");
    write("regions/510000-四川省/x.yaml", "gkml: 1\n");
    write("regions/510000-四川省/notes.txt", "not a catalogue\n");
    write("regions/510000-四川省/511703-达川区/x.yaml", "gkml: 1\n");
    write("regions/510000-四川省/511703-达川区-二/x.yaml", "gkml: 1\n"); // after "…区/x" in path order
    write("regions/510000-四川省/.hidden/x.yaml", "gkml: 1\n");
    Files.createDirectories(root.resolve("regions/empty/deeper"));
    cache = root.resolve(ValidationCache.TREE_FOLDER);
    settle();
  }

  private void write(String relative, String text) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /**
   * Lets every change so far settle: the runs that store an index from now on begin an hour later
   * (a folder's ctime, which it is judged by, cannot be dated back as an mtime can).
   */
  private void settle() {
    later = StatIndex.now() + HOUR;
  }

  /** The index a whole-tree run stores, as the next run loads it; the run begins {@link #later}. */
  private StatIndex stored() {
    return storedBy(later);
  }

  /** The index a whole-tree run that began at {@code start} stores. */
  private StatIndex storedBy(long start) {
    Scope walked = Scope.whole(root);
    TreeContents.read(walked, "test", Locale.ROOT, root, StatIndex.none(), start)
        .orElseThrow()
        .index()
        .store(cache);
    return StatIndex.load(cache, root);
  }

  private static List<String> described(Scope s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.read().size(); i++) {
      out.add(s.read().get(i) + " " + StatIndex.Stat.of(s.attributes().get(i)));
    }
    s.skipped().forEach(k -> out.add("skipped " + k.path() + " " + k.messageKey()));
    s.folders().forEach(f -> out.add("folder " + f.path()));
    return out;
  }

  @Test
  void anUnchangedTreeIsKnownAsTheWalkFindsIt() {
    StatIndex known = stored();
    assertThat(known.folders()).isEqualTo(7); // basic, regions and five below
    Scope fromIndex = KnownWalk.of(known, root);
    assertThat(fromIndex).isNotNull();
    Scope walked = Scope.whole(root);
    assertThat(described(fromIndex)).isEqualTo(described(walked));
    assertThat(fromIndex.read().get(0)).isEqualTo(root.resolve("gkml.yaml"));
    // the key of the known walk is that of the walk's, and no index need be written
    TreeContents again =
        TreeContents.read(fromIndex, "test", Locale.ROOT, root, known, StatIndex.now())
            .orElseThrow();
    assertThat(again.anyRead()).isFalse();
    assertThat(again.index()).isNull();
    assertThat(again.key())
        .isEqualTo(
            TreeContents.read(walked, "test", Locale.ROOT, root, StatIndex.none(), StatIndex.now())
                .orElseThrow()
                .key());
  }

  @Test
  void theStoredKeyServesOnlyTheSameShape() {
    StatIndex known = stored();
    Scope fromIndex = KnownWalk.of(known, root);
    TreeContents other =
        TreeContents.read(fromIndex, "another build", Locale.ROOT, root, known, StatIndex.now())
            .orElseThrow();
    assertThat(other.anyRead()).isFalse();
    assertThat(other.key())
        .isEqualTo(
            TreeContents.read(
                    Scope.whole(root),
                    "another build",
                    Locale.ROOT,
                    root,
                    StatIndex.none(),
                    StatIndex.now())
                .orElseThrow()
                .key())
        .isNotEqualTo(
            TreeContents.read(fromIndex, "test", Locale.ROOT, root, known, StatIndex.now())
                .orElseThrow()
                .key());
    // the other shape's key is kept for next time (nothing else changes), then taken from it
    assertThat(other.index()).isNotNull();
    other.index().store(cache);
    StatIndex kept = StatIndex.load(cache, root);
    TreeContents again =
        TreeContents.read(
                KnownWalk.of(kept, root), "another build", Locale.ROOT, root, kept, StatIndex.now())
            .orElseThrow();
    assertThat(again.index()).isNull();
    assertThat(again.anyRead()).isFalse();
    assertThat(again.key()).isEqualTo(other.key());
    assertThat(kept.keyFor(new byte[TreeContents.DIGEST_BYTES])).isNull();
  }

  @Test
  void aFileEditedInPlaceIsStillKnownItsDigestIsNot() throws IOException {
    StatIndex known = stored();
    Files.writeString(
        root.resolve("regions/510000-四川省/x.yaml"), "gkml: 1\n# edited\n", StandardCharsets.UTF_8);
    Scope fromIndex = KnownWalk.of(known, root);
    assertThat(fromIndex).isNotNull(); // the folder did not change
    settle();
    TreeContents now =
        TreeContents.read(fromIndex, "test", Locale.ROOT, root, known, later).orElseThrow();
    assertThat(now.anyRead()).isTrue();
    assertThat(now.key())
        .isEqualTo(
            TreeContents.read(
                    Scope.whole(root), "test", Locale.ROOT, root, StatIndex.none(), StatIndex.now())
                .orElseThrow()
                .key());
    // the index that run stores, made from the one it knew, tells the next run just as well
    now.index().store(cache);
    StatIndex kept = StatIndex.load(cache, root);
    assertThat(kept.folders()).isEqualTo(known.folders());
    Scope next = KnownWalk.of(kept, root);
    assertThat(next).isNotNull();
    assertThat(described(next)).isEqualTo(described(Scope.whole(root)));
    TreeContents after =
        TreeContents.read(next, "test", Locale.ROOT, root, kept, StatIndex.now(), true)
            .orElseThrow();
    assertThat(after.key()).isEqualTo(now.key());
  }

  @Test
  void anyChangeToAFolderGivesWayToTheWalk() throws IOException {
    List<Change> changes =
        List.of(
            () -> write("regions/empty/deeper/new.yaml", "gkml: 1\n"),
            () -> write("regions/empty/new-folder/new.yaml", "gkml: 1\n"),
            () -> Files.delete(root.resolve("regions/510000-四川省/511703-达川区/x.yaml")),
            () -> Files.move(root.resolve("basic/a.yaml"), root.resolve("basic/c.yaml")),
            () -> {
              Files.delete(root.resolve("regions/empty/new-folder/new.yaml"));
              Files.delete(root.resolve("regions/empty/new-folder"));
            },
            () -> write("regions/510000-四川省/.swap", "an editor's file"));
    for (int i = 0; i < changes.size(); i++) {
      StatIndex known = stored();
      assertThat(KnownWalk.of(known, root)).as("before change %d", i).isNotNull();
      changes.get(i).apply();
      assertThat(KnownWalk.of(known, root)).as("change %d", i).isNull();
      settle(); // (dates the change back too: the next index vouches for it)
    }
    // a folder that can no longer be listed (its mtime stays), then again
    Path folder = root.resolve("regions/510000-四川省/511703-达川区-二");
    StatIndex known = stored();
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("-wx------"));
    assertThat(KnownWalk.of(known, root)).isNull();
    // (root lists it all the same)
    boolean listed = Scope.whole(root).skipped().isEmpty();
    assertThat(stored().folders() > 0).as("a skipped folder: nothing to tell").isEqualTo(listed);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    settle();
    known = stored();
    assertThat(KnownWalk.of(known, root)).isNotNull();
    // a file replaced by a link (to a file of the tree: read, and so never told from folders)
    Path file = folder.resolve("x.yaml");
    Files.delete(file);
    Files.createSymbolicLink(file, root.resolve("basic/b.yml"));
    assertThat(KnownWalk.of(known, root)).isNull();
    settle();
    assertThat(stored().folders()).isZero();
  }

  @Test
  void theConfigIsLookedAtAnew() throws IOException {
    StatIndex known = stored();
    Files.delete(root.resolve("gkml.yaml"));
    Scope fromIndex = KnownWalk.of(known, root);
    assertThat(fromIndex).isNotNull();
    assertThat(described(fromIndex)).isEqualTo(described(Scope.whole(root)));
    assertThat(fromIndex.read()).doesNotContain(root.resolve("gkml.yaml"));
    // its files are no longer at the index's positions: taken by name, not by position
    assertThat(KnownWalk.inIndexOrder(known, fromIndex)).isFalse();
  }

  @Test
  void anUnchangedTreesKnownWalkHasTheIndexsFilesAtTheirPositions() throws IOException {
    StatIndex known = stored();
    Scope fromIndex = KnownWalk.of(known, root);
    assertThat(fromIndex).isNotNull();
    assertThat(KnownWalk.inIndexOrder(known, fromIndex)).isTrue();
    for (int i = 0; i < fromIndex.read().size(); i++) {
      Path p = fromIndex.read().get(i);
      assertThat(known.find(i, p.toString(), root.toString().length() + 1)).isEqualTo(i);
    }
  }

  @Test
  void aFolderWhoseTimeWasSetBackAfterAnEntryWasAddedIsListed() throws IOException {
    StatIndex known = stored();
    Path folder = root.resolve("regions/empty/deeper");
    FileTime before = Files.getLastModifiedTime(folder);
    write("regions/empty/deeper/new.yaml", "gkml: 1\n");
    Files.setLastModifiedTime(folder, before); // as tar and rsync -a leave a folder they fill
    assertThat(Files.getLastModifiedTime(folder)).isEqualTo(before);
    assertThat(KnownWalk.of(known, root)).isNull();
  }

  @Test
  void freshFoldersOrAMissingTopFolderAreNotStored() throws IOException {
    Files.setLastModifiedTime(
        root.resolve("regions/empty"), FileTime.fromMillis(System.currentTimeMillis()));
    assertThat(storedBy(StatIndex.now()).folders())
        .as("a folder changed just before the run")
        .isZero();
    settle();
    assertThat(stored().folders()).isPositive();
    Files.walk(root.resolve("basic"))
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(p -> p.toFile().delete());
    settle();
    assertThat(stored().folders()).as("no basic folder: it may appear").isZero();
  }

  @Test
  void anIndexOfAnotherFormatOrWithoutFoldersIsNotUsed() {
    assertThat(KnownWalk.of(StatIndex.none(), root)).isNull();
  }

  private interface Change {
    void apply() throws IOException;
  }
}
