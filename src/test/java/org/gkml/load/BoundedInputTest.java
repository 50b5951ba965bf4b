package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import org.gkml.NamedPipes;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 4 of issue #11, inputs that are not regular files or are huge: every input is read through
 * one bounded reader that refuses pipes and devices before opening them (a FIFO would block the
 * open, {@code /dev/zero} never ends) and stops at the limit + 1 byte whatever size was reported.
 */
class BoundedInputTest {
  private static final Duration QUICK = Duration.ofSeconds(5);
  private static final Messages EN = Messages.english();

  @TempDir Path dir;

  static Path fifo(Path at) throws IOException, InterruptedException {
    return NamedPipes.make(at);
  }

  private static BoundedInput.Why why(ThrowingRead read) {
    try {
      read.run();
    } catch (BoundedInput.Refused r) {
      return r.why();
    } catch (IOException e) {
      throw new AssertionError("refused with a plain IOException: " + e, e);
    }
    throw new AssertionError("read, not refused");
  }

  private interface ThrowingRead {
    void run() throws IOException;
  }

  @Test
  void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.yaml"));

    BoundedInput.Why why =
        assertTimeoutPreemptively(QUICK, () -> why(() -> BoundedInput.read(pipe)));

    assertThat(why).isEqualTo(BoundedInput.Why.NOT_REGULAR);
  }

  @Test
  void aDeviceThatNeverEndsIsRefused() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");

    BoundedInput.Why why =
        assertTimeoutPreemptively(QUICK, () -> why(() -> BoundedInput.read(zero)));

    assertThat(why).isEqualTo(BoundedInput.Why.NOT_REGULAR);
  }

  @Test
  void aFolderIsRefusedAsNotAFile() {
    assertThat(why(() -> BoundedInput.read(dir))).isEqualTo(BoundedInput.Why.NOT_REGULAR);
  }

  @Test
  void theLimitIsExactInclusive() throws IOException {
    Path ten = Files.write(dir.resolve("ten.yaml"), new byte[10]);

    assertThat(BoundedInput.read(ten, 10)).hasSize(10);
    assertThat(why(() -> BoundedInput.read(ten, 9))).isEqualTo(BoundedInput.Why.TOO_LARGE);
  }

  @Test
  void aFileTheWalkSawIsReadWholeEvenWhenItChangedSince() throws IOException {
    Path file = Files.writeString(dir.resolve("a.yaml"), "gkml: 1\n");
    BasicFileAttributes walked = FileStat.of(file, LinkOption.NOFOLLOW_LINKS);
    Files.writeString(file, "gkml: 1\nkind: catalog\n"); // grew after the walk

    assertThat(new String(BoundedInput.read(file, walked), StandardCharsets.UTF_8))
        .isEqualTo("gkml: 1\nkind: catalog\n");
    Files.writeString(file, "g"); // and shrank
    assertThat(BoundedInput.read(file, walked)).containsExactly('g');
  }

  @Test
  void whatTheWalkSawIsTrustedOnlyForARegularFile() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.yaml"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), pipe);
    BasicFileAttributes ofLink = FileStat.of(link, LinkOption.NOFOLLOW_LINKS);
    BasicFileAttributes ofPipe = FileStat.of(pipe, LinkOption.NOFOLLOW_LINKS);

    // a link (to a pipe here) and a pipe are looked at again, so neither blocks the read
    assertThat(assertTimeoutPreemptively(QUICK, () -> why(() -> BoundedInput.read(link, ofLink))))
        .isEqualTo(BoundedInput.Why.NOT_REGULAR);
    assertThat(assertTimeoutPreemptively(QUICK, () -> why(() -> BoundedInput.read(pipe, ofPipe))))
        .isEqualTo(BoundedInput.Why.NOT_REGULAR);
    assertThat(assertTimeoutPreemptively(QUICK, () -> why(() -> BoundedInput.read(pipe, null))))
        .isEqualTo(BoundedInput.Why.NOT_REGULAR);
  }

  @Test
  void aFileTheWalkSawLargerThanTheLimitIsRefusedUnread() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (var out =
        Files.newByteChannel(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.position(BoundedInput.MAX_BYTES); // sparse: one byte past the limit
      out.write(java.nio.ByteBuffer.wrap(new byte[1]));
    }
    BasicFileAttributes walked = FileStat.of(big, LinkOption.NOFOLLOW_LINKS);
    Files.setPosixFilePermissions(big, java.util.Set.of()); // unreadable: opening it would fail

    assertThat(why(() -> BoundedInput.read(big, walked))).isEqualTo(BoundedInput.Why.TOO_LARGE);
  }

  @Test
  void aStreamIsReadToTheLimitAndNoFurther() throws IOException {
    CountingStream endless = new CountingStream();

    assertThat(why(() -> BoundedInput.read(endless, 1000))).isEqualTo(BoundedInput.Why.TOO_LARGE);
    // one byte more than the limit is enough to know; the rest is never asked for
    assertThat(endless.served).isLessThanOrEqualTo(1001 + 8192);
    assertThat(BoundedInput.read(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
  }

  @Test
  void aFileThatSaysItIsEmptyIsStillReadWithinTheLimit() throws IOException {
    Path status = Path.of("/proc/self/status"); // size 0, yet holds a few hundred bytes
    Assumptions.assumeTrue(Files.isReadable(status), "a system with /proc");

    assertThat(new String(BoundedInput.read(status), StandardCharsets.UTF_8)).contains("Pid:");
    assertThat(why(() -> BoundedInput.read(status, 16))).isEqualTo(BoundedInput.Why.TOO_LARGE);
  }

  @Test
  void theLoaderReportsAPipeAsAFindingInsteadOfWaiting() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.yaml"));
    FileLoader loader = new FileLoader(EN);

    LoadedFile f = assertTimeoutPreemptively(QUICK, () -> loader.load(pipe, "pipe.yaml", null));

    assertThat(f.unreadable()).isTrue();
    assertThat(f.findings()).singleElement().extracting(Finding::rule).isEqualTo(Rule.SYNTAX);
    assertThat(f.findings().get(0).message()).contains("not a regular file");
  }

  @Test
  void aPipeInTheTreeIsReportedAndTheRestIsRead() throws Exception {
    Path basic = Files.createDirectories(dir.resolve("basic"));
    Files.writeString(basic.resolve("a.yaml"), "gkml: 1\n");
    fifo(basic.resolve("b.yaml"));

    YamlWalk.Listing listing = assertTimeoutPreemptively(QUICK, () -> YamlWalk.of(dir, basic));

    assertThat(listing.files()).containsExactly(basic.resolve("a.yaml"));
    assertThat(listing.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.path()).isEqualTo(basic.resolve("b.yaml"));
              assertThat(s.rule()).isEqualTo(Rule.SYNTAX);
              assertThat(s.unreadable()).isTrue();
            });
  }

  @Test
  void everyReaderOfTheTreeGoesThroughTheBoundedOne() throws IOException {
    // a register and a config larger than the limit are refused like any catalogue file
    Files.createDirectories(dir.resolve("basic"));
    Path csv = dir.resolve("regions.csv");
    try (var f = new java.io.RandomAccessFile(csv.toFile(), "rw")) {
      f.setLength(BoundedInput.MAX_BYTES + 1);
    }
    TreeLoader.Result r = new TreeLoader(new FileLoader(EN), EN, dir).load(dir);

    List<Finding> findings = r.findings();
    assertThat(findings).singleElement().extracting(Finding::rule).isEqualTo(Rule.LIMIT);
    assertThat(findings.get(0).loc().file().display()).isEqualTo("regions.csv");
  }

  /** An input stream without end that counts what it served. */
  private static final class CountingStream extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      served += len;
      return len;
    }
  }
}
