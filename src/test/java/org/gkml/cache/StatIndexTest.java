package org.gkml.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.gkml.load.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stat index lets a file go unread only when its size, mtime and file key (device and inode)
 * are those a run saw well after its last change; any other file is read and hashed, so the key
 * stays the content's: each test ends by comparing the key with that of a run that read every file.
 */
class StatIndexTest {
  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  @TempDir Path root;
  private Path file;
  private Path other;
  private Path cache;

  @BeforeEach
  void twoFiles() throws IOException {
    Files.createDirectories(root.resolve("basic"));
    file = root.resolve("basic/a.yaml");
    other = root.resolve("basic/b.yaml");
    Files.writeString(file, "gkml: 1\nname: aaaa\n", StandardCharsets.UTF_8);
    Files.writeString(other, "gkml: 1\nname: other\n", StandardCharsets.UTF_8);
    // as if written an hour ago: an index stored since vouches for them
    settle(file);
    settle(other);
    cache = root.resolve(ValidationCache.TREE_FOLDER);
  }

  private static void settle(Path p) throws IOException {
    Files.setLastModifiedTime(p, FileTime.from(StatIndex.now() - HOUR, TimeUnit.NANOSECONDS));
  }

  /** The walk of the root, as a whole-tree validate makes it (with the files' attributes). */
  private Scope scope() {
    return Scope.whole(root);
  }

  private TreeContents read(StatIndex known, long start) {
    return TreeContents.read(scope(), "test", Locale.ROOT, root, known, start).orElseThrow();
  }

  /** The contents of a run that knows nothing: every file read and hashed. */
  private TreeContents fresh() {
    return read(StatIndex.none(), StatIndex.now());
  }

  /** The index a run that began at {@code start} stores, as the next run loads it. */
  private StatIndex storedBy(long start) {
    TreeContents run = read(StatIndex.none(), start);
    run.index().store(cache);
    return StatIndex.load(cache, root);
  }

  /**
   * A start for a storing run late enough that the files written so far count as settled: their
   * ctime, which writing them and setting their mtime set to now, cannot be dated back.
   */
  private static long later() {
    return StatIndex.now() + StatIndex.MARGIN_NANOS + TimeUnit.SECONDS.toNanos(1);
  }

  private int position(Path p) {
    return scope().read().indexOf(p);
  }

  @Test
  void anUnchangedSettledTreeIsNotReadAgainAndNeedsNoNewIndex() {
    TreeContents again = read(storedBy(later()), StatIndex.now());
    assertThat(again.anyRead()).isFalse();
    assertThat(again.index()).as("nothing to write").isNull();
    assertThat(again.key()).isEqualTo(fresh().key());
  }

  @Test
  void aSameSizeEditWithinTheRacyWindowIsReadAgain() throws Exception {
    // the storing run began right after the file was written: its stat is not trusted (the
    // other file, written more than the margin before that run began, is)
    long setUp = StatIndex.now();
    Thread.sleep(500);
    Files.writeString(file, "gkml: 1\nname: cccc\n", StandardCharsets.UTF_8);
    FileTime written = Files.getLastModifiedTime(file);
    StatIndex known = storedBy(setUp + StatIndex.MARGIN_NANOS + TimeUnit.MILLISECONDS.toNanos(200));
    // an edit of the same size within the same clock tick (a coarse file system keeps the mtime)
    Files.writeString(file, "gkml: 1\nname: dddd\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, written);

    TreeContents now = read(known, StatIndex.now());
    assertThat(now.anyRead()).isTrue();
    assertThat(now.vouched(position(file))).isFalse();
    assertThat(now.vouched(position(other))).isTrue();
    assertThat(now.key()).isEqualTo(fresh().key());
  }

  @Test
  void aFileWrittenInPlaceWithItsSizeMtimeAndInodeKeptIsReadAgain() throws IOException {
    // cp -a or tar -x of an archive with fixed dates over an older copy: only the ctime tells
    StatIndex known = storedBy(later());
    FileTime mtime = Files.getLastModifiedTime(file);
    Object inode = Files.readAttributes(file, "basic:fileKey").get("fileKey");
    Files.writeString(file, "gkml: 1\nname: gggg\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, mtime);
    assertThat(Files.readAttributes(file, "basic:fileKey").get("fileKey")).isEqualTo(inode);

    TreeContents now = read(known, StatIndex.now());
    assertThat(now.vouched(position(file))).isFalse();
    assertThat(now.vouched(position(other))).isTrue();
    assertThat(now.key()).isEqualTo(fresh().key());
  }

  @Test
  void aTouchWithoutChangeIsReadAgainAndKeepsTheKey() throws IOException {
    StatIndex known = storedBy(later());
    String before = fresh().key();
    Files.setLastModifiedTime(
        file, FileTime.from(StatIndex.now() - HOUR / 2, TimeUnit.NANOSECONDS));

    TreeContents now = read(known, later());
    assertThat(now.anyRead()).isTrue();
    assertThat(now.key()).isEqualTo(before);
    assertThat(now.index()).as("the new mtime is written down").isNotNull();
    now.index().store(cache);
    assertThat(read(StatIndex.load(cache, root), StatIndex.now()).anyRead()).isFalse();
  }

  @Test
  void aFileWhosePermissionsChangedIsReadAgain() throws IOException {
    // chmod keeps the mtime and the inode, yet decides whether the file can be read (GK002)
    assumeThat(root.getFileSystem().supportedFileAttributeViews()).contains("posix");
    StatIndex known = storedBy(later());
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    try {
      TreeContents now = read(known, StatIndex.now());
      assertThat(now.vouched(position(file))).isFalse();
      assertThat(now.vouched(position(other))).isTrue();
    } finally {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void aRenameChangesTheKeyAsAFreshRunDoes() throws IOException {
    StatIndex known = storedBy(later());
    String before = fresh().key();
    Files.move(file, root.resolve("basic/c.yaml")); // same inode, size and mtime; another name

    TreeContents now = read(known, StatIndex.now());
    assertThat(now.key()).isNotEqualTo(before).isEqualTo(fresh().key());
  }

  @Test
  void aNewFileWithTheSameSizeAndMtimeIsSeenByItsInode() throws IOException {
    StatIndex known = storedBy(later());
    FileTime mtime = Files.getLastModifiedTime(file);
    long size = Files.size(file);
    Object inode = Files.readAttributes(file, "basic:fileKey").get("fileKey");
    assumeThat(inode).as("the platform gives file keys").isNotNull();
    // an editor's save: a new file renamed over the old one, same size, mtime set back
    Path next = root.resolve("basic/.a.yaml.tmp");
    Files.writeString(next, "gkml: 1\nname: eeee\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(next, mtime);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
    assertThat(Files.size(file)).isEqualTo(size);

    TreeContents now = read(known, StatIndex.now());
    assertThat(now.vouched(position(file))).isFalse();
    assertThat(now.key()).isEqualTo(fresh().key());
  }

  @Test
  void aFileChangedAfterTheWalkIsFoundWhenTheCheckReadsIt() throws IOException {
    TreeContents vouched = read(storedBy(later()), StatIndex.now());
    assertThat(vouched.anyRead()).isFalse();
    assertThat(vouched.drifted()).isFalse();
    Files.writeString(file, "gkml: 1\nname: ffff\n", StandardCharsets.UTF_8);
    assertThat(new String(vouched.of(file), StandardCharsets.UTF_8)).contains("ffff");
    assertThat(vouched.drifted()).isTrue();
  }

  @Test
  void aFileReadLateAndUnchangedIsNoDrift() {
    TreeContents vouched = read(storedBy(later()), StatIndex.now());
    assertThat(new String(vouched.of(file), StandardCharsets.UTF_8)).contains("aaaa");
    assertThat(vouched.drifted()).isFalse();
  }

  @Test
  void namesCompareAsTheirTextWithoutBeingDecoded() {
    List<String> names =
        List.of(
            "",
            "a",
            "ab",
            "abc",
            "basic/就业创业.yaml",
            "basic/就业创业.yml",
            "x/\uD834\uDD1E.yaml",
            "é",
            "e");
    for (String a : names) {
      for (String b : names) {
        assertThat(StatIndex.sameName(a, b)).as(a + " / " + b).isEqualTo(a.equals(b));
      }
    }
    byte[] name = "regions/村.yaml".getBytes(StandardCharsets.UTF_8);
    assertThat(StatIndex.sameName("/root/regions/村.yaml", 6, name, 0, name.length)).isTrue();
    assertThat(StatIndex.sameName("/root/regions/村.yml", 6, name, 0, name.length)).isFalse();
  }

  @Test
  void aTruncatedAlteredOrForeignIndexIsIgnored() throws IOException {
    storedBy(later());
    Path stored = cache.resolve(StatIndex.FILE);
    byte[] all = Files.readAllBytes(stored);
    Files.write(stored, java.util.Arrays.copyOf(all, all.length - 10));
    assertThat(read(StatIndex.load(cache, root), StatIndex.now()).anyRead()).isTrue();
    byte[] altered = all.clone();
    altered[altered.length / 2] ^= 1;
    Files.write(stored, altered);
    assertThat(read(StatIndex.load(cache, root), StatIndex.now()).anyRead()).isTrue();
    Files.write(stored, new byte[] {1, 2, 3});
    assertThat(read(StatIndex.load(cache, root), StatIndex.now()).anyRead()).isTrue();
    // another root's index (a copied cache folder)
    Files.write(stored, all);
    assertThat(StatIndex.load(cache, root.resolve("basic")).size()).isZero();
    assertThat(StatIndex.load(cache, root).size()).isEqualTo(2);
  }
}
