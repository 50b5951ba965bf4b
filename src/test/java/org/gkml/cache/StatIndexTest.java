package org.gkml.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gkml.load.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stat index lets a file go unread only when nothing about it has changed since a run that
 * began well after its last change; any other file is read and hashed, so the key stays the
 * content's.
 */
class StatIndexTest {
  @TempDir Path root;
  private Path file;
  private Path cache;

  @BeforeEach
  void oneFile() throws IOException {
    file = root.resolve("a.yaml");
    Files.writeString(file, "gkml: 1\nname: aaaa\n", StandardCharsets.UTF_8);
    // as if written long ago: the index below vouches for it
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    cache = root.resolve(ValidationCache.TREE_FOLDER);
  }

  private TreeContents read(StatIndex known) {
    Scope scope = new Scope(root, List.of(file), Set.of());
    return TreeContents.read(scope, "test", Locale.ROOT, root, known).orElseThrow();
  }

  /** The index a run that started at {@code start} would leave (read with nothing known). */
  private StatIndex storedBy(long start) {
    TreeContents first = read(StatIndex.empty(root, Long.MIN_VALUE));
    StatIndex index = StatIndex.empty(root, start);
    index.put(file, StatIndex.Stat.of(file), first.digests().get(0));
    index.store(cache);
    return StatIndex.load(cache, root);
  }

  private static long later() {
    return StatIndex.now() + TimeUnit.SECONDS.toNanos(10);
  }

  @Test
  void anUnchangedSettledFileIsNotReadAgain() {
    TreeContents again = read(storedBy(later()));
    assertThat(again.anyRead()).isFalse();
    assertThat(again.key()).isEqualTo(read(StatIndex.empty(root, Long.MIN_VALUE)).key());
  }

  @Test
  void anEditThatKeepsSizeAndMtimeIsSeenThroughCtimeOrInode() throws IOException {
    StatIndex.Stat before = StatIndex.Stat.of(file);
    StatIndex known = storedBy(later());
    String oldKey = read(StatIndex.empty(root, Long.MIN_VALUE)).key();
    sleepPastTimestampTick();
    Files.writeString(file, "gkml: 1\nname: bbbb\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(before.mtime(), TimeUnit.NANOSECONDS));
    StatIndex.Stat after = StatIndex.Stat.of(file);
    assertThat(after.size()).isEqualTo(before.size());
    assertThat(after.mtime()).isEqualTo(before.mtime());
    assumeThat(after.ctime()).as("the platform gives ctime").isNotEqualTo(Long.MIN_VALUE);

    TreeContents now = read(known);
    assertThat(now.anyRead()).isTrue();
    assertThat(now.key()).isNotEqualTo(oldKey);
    assertThat(now.key()).isEqualTo(read(StatIndex.empty(root, Long.MIN_VALUE)).key());
  }

  @Test
  void aFileChangedJustBeforeTheStoringRunStartedIsReadAgain() throws IOException {
    Files.writeString(file, "gkml: 1\nname: cccc\n", StandardCharsets.UTF_8);
    StatIndex known = storedBy(StatIndex.now()); // the run began right after the edit
    TreeContents again = read(known);
    assertThat(again.anyRead()).isTrue();
  }

  @Test
  void aTruncatedOrAlteredIndexIsIgnored() throws IOException {
    storedBy(later());
    Path stored = cache.resolve(StatIndex.FILE);
    byte[] all = Files.readAllBytes(stored);
    Files.write(stored, java.util.Arrays.copyOf(all, all.length - 10));
    assertThat(read(StatIndex.load(cache, root)).anyRead()).isTrue();
    all[all.length - 100] ^= 1;
    Files.write(stored, all);
    assertThat(read(StatIndex.load(cache, root)).anyRead()).isTrue();
  }

  @Test
  void aFileChangedAfterTheStatIsFoundWhenTheCheckReadsIt() throws IOException {
    TreeContents vouched = read(storedBy(later()));
    assertThat(vouched.anyRead()).isFalse();
    Files.writeString(file, "gkml: 1\nname: dddd\n", StandardCharsets.UTF_8);
    assertThat(new String(vouched.of(file), StandardCharsets.UTF_8)).contains("dddd");
    assertThat(vouched.drifted()).isTrue();
  }

  /** Some file systems keep ctime in coarse ticks; a later tick makes the change visible. */
  private static void sleepPastTimestampTick() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
