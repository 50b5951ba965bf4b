package org.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (write failures gave no reason): every way a write fails that can be provoked here is
 * told in the user's words, naming the user's path and never the temporary file beside it.
 */
class IoReasonTest {
  private static final Messages EN = Messages.english();
  private static final Messages ZH = Messages.of(Locale.CHINESE);

  @TempDir Path dir;

  private static String failure(Path target, Messages m) {
    GkmlException e =
        catchThrowableOfType(
            () -> {
              try {
                AtomicFile.write(target, out -> out.write('x'));
              } catch (IOException io) {
                throw IoReason.cannotWrite(target, io);
              }
            },
            GkmlException.class);
    assertThat(e).as("writing %s fails", target).isNotNull();
    return e.render(m);
  }

  @Test
  void aFolderWhereTheFileShouldBeIsSaidSo() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("b.json"));
    Files.writeString(folder.resolve("inside"), "x"); // a non-empty folder: the rename fails
    assertThat(failure(folder, EN)).isEqualTo("cannot write " + folder + ": it is a folder");
    assertThat(failure(folder, ZH)).isEqualTo("无法写入 " + folder + "：这是一个文件夹");
  }

  @Test
  void aFileWhereAFolderShouldBeIsNamed() throws IOException {
    // root ignores permissions, not the kind of a file: portable whoever runs the tests
    Path file = Files.writeString(dir.resolve("report"), "x");
    Path target = file.resolve("sub/b.json");
    assertThat(failure(target, EN))
        .isEqualTo("cannot write " + target + ": " + file + " is a file, not a folder");
    assertThat(failure(target, ZH)).endsWith("：" + file + " 是文件，不是文件夹");
  }

  @Test
  void aMissingFolderIsNamedWhenTheWriterDoesNotMakeIt() {
    Path target = dir.resolve("no/such/summary.md");
    NoSuchFileException e = new NoSuchFileException(target.toString());
    assertThat(ZH.get("cli.cannotWrite", target, IoReason.writing(target, e)))
        .isEqualTo("无法写入 " + target + "：文件夹 " + target.getParent() + " 不存在");
  }

  @Test
  void aMissingFileInAnExistingFolderIsNoSuchFile() {
    Path target = dir.resolve("x.json");
    assertThat(render(IoReason.writing(target, new NoSuchFileException(target.toString()))))
        .isEqualTo("no such file");
  }

  @Test
  void refusedPermissionIsSaidInTheUsersLanguageNotTheTemporaryFilesName() {
    Path target = dir.resolve("b.json");
    IOException e = new AccessDeniedException(dir.resolve(".b.json123.tmp").toString());
    String shown = ZH.get("cli.cannotWrite", target, IoReason.writing(target, e));
    assertThat(shown).isEqualTo("无法写入 " + target + "：没有权限").doesNotContain(".tmp");
  }

  @Test
  void aFullDiskIsSaidSo() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "a Linux /dev/full");
    IOException e = null;
    try (var out = Files.newOutputStream(full)) {
      out.write(new byte[1 << 16]);
      out.flush();
    } catch (IOException x) {
      e = x;
    }
    assertThat(e).isNotNull();
    assertThat(ZH.get("cli.cannotWrite", full, IoReason.writing(full, e)))
        .isEqualTo("无法写入 /dev/full：磁盘已满");
  }

  @Test
  void aReadOnlyFileSystemIsSaidSo() {
    // no read-only mount can be made without privileges: the system's error as Java gives it
    Path target = dir.resolve("b.json");
    IOException e =
        new FileSystemException(
            dir.resolve(".b.json7.tmp").toString(), null, "Read-only file system");
    assertThat(EN.get("cli.cannotWrite", target, IoReason.writing(target, e)))
        .isEqualTo("cannot write " + target + ": the file system is read-only");
  }

  @Test
  void otherFailuresKeepTheSystemsWordsWithoutTheFileName() {
    Path target = dir.resolve("b.json");
    IOException e =
        new FileSystemException(dir.resolve(".b.json1.tmp").toString(), null, "I/O error");
    assertThat(render(IoReason.writing(target, e))).isEqualTo("I/O error");
    IOException bare = new FileSystemException(dir.resolve(".b.json1.tmp").toString());
    assertThat(render(IoReason.writing(target, bare)))
        .isEqualTo("FileSystemException")
        .doesNotContain(".tmp");
  }

  @Test
  void aFolderOutputIsNoReasonForAFolderOutput() throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));
    GkmlException e =
        IoReason.cannotWriteFolder(
            site, new FileSystemException(site.toString(), null, "I/O error"));
    assertThat(e.render(EN)).isEqualTo("cannot write " + site + ": I/O error");
  }

  @Test
  void readingAFolderIsSaidInTheUsersLanguage() throws IOException {
    IOException e = catchThrowableOfType(() -> Files.readString(dir), IOException.class);
    assertThat(ZH.get("baseline.unreadable", dir, IoReason.reading(dir, e)))
        .isEqualTo("无法读取基线文件 " + dir + "：这是一个文件夹");
  }

  @Test
  void readingTextThatIsNotUtf8IsSaidSoNotTheDecodersWords() throws IOException {
    Path file = Files.write(dir.resolve("bl.json"), new byte[] {(byte) 0x80, 'a'});
    IOException e =
        catchThrowableOfType(
            () -> Files.readString(file, java.nio.charset.StandardCharsets.UTF_8),
            IOException.class);
    assertThat(render(IoReason.reading(file, e)))
        .isEqualTo("it is not UTF-8 text (saved in another encoding, or not a text file)");
    assertThat(ZH.get("baseline.unreadable", file, IoReason.reading(file, e)))
        .isEqualTo("无法读取基线文件 " + file + "：它不是 UTF-8 编码的文本（以其他编码保存，或者不是文本文件）");
  }

  private static String render(Messages.Text t) {
    return EN.get(t.key(), t.args());
  }
}
