package org.gkml.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.fmt.CanonicalLayout;
import org.gkml.i18n.Messages;
import org.gkml.io.AtomicFile;
import org.gkml.io.IoReason;
import org.gkml.io.TreeLock;
import org.gkml.load.BoundedInput;
import org.gkml.load.FileLoader;
import org.gkml.load.FileStat;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.load.YamlWalk;
import org.gkml.model.Finding;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml fmt [--check] [PATH...]}: gkml documents in the canonical layout, every comment kept
 * (see CanonicalLayout). {@code --check} changes nothing and exits 1 when a file would change.
 *
 * <p>Files are found as {@code validate} finds them (YamlWalk): what the walk does not read (a
 * pipe, a link leaving the root) is reported as validate reports it and fails the run (exit 2). A
 * link is never replaced: the file it points to is rewritten, once however many names lead to it; a
 * file with several hard links is left as it is, as a rewrite would split them, and so is a
 * read-only file or one that cannot be written: each is said and fails the run (exit 2), the others
 * are formatted.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, sortOptions = false)
final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "fmt.paths")
  List<Path> paths;

  @Option(names = "--check", descriptionKey = "fmt.check")
  boolean check;

  /** A file to format, as the walk found it. */
  private record Found(Path path, BasicFileAttributes attributes, boolean named) {}

  @Override
  public Integer call() {
    if (check) {
      return format();
    }
    // rewriting files of a tree while an import writes it would mix the two: hold its lock
    List<TreeLock> locks = new ArrayList<>();
    try {
      for (Path tree : trees()) {
        locks.add(TreeLock.hold(tree));
      }
      return format();
    } finally {
      locks.forEach(TreeLock::close);
    }
  }

  /**
   * The trees this run writes in: the root when no path is named, else the folder holding {@value
   * TreeLoader#CONFIG_FILE} at or above each named path (a path in no such tree locks none).
   */
  private Set<Path> trees() {
    Set<Path> trees = new LinkedHashSet<>();
    if (paths == null || paths.isEmpty()) {
      trees.add(common.root.toAbsolutePath().normalize());
      return trees;
    }
    for (Path p : paths) {
      for (Path at = p.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
        if (Files.isRegularFile(at.resolve(TreeLoader.CONFIG_FILE))) {
          trees.add(at);
          break;
        }
      }
    }
    return trees;
  }

  private Integer format() {
    CliContext cli = CliContext.of(spec);
    Messages m = cli.messages();
    boolean named = paths != null && !paths.isEmpty();
    List<Found> files = new ArrayList<>();
    List<YamlWalk.Skipped> skipped = new ArrayList<>();
    for (Path p : named ? paths : List.of(common.root)) {
      YamlWalk.Listing listing;
      if (Files.isDirectory(p)) {
        // the whole root: its own links are followed as validate follows them
        listing = YamlWalk.of(named ? boundary(p, p) : p, p);
      } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        Scope.requireCatalogueFileName(p); // as validate: a regions.csv is not rewritten as YAML
        listing = YamlWalk.file(boundary(p, p.toAbsolutePath().getParent()), p);
      } else {
        throw GkmlException.usage("cli.noSuchPath", p);
      }
      for (int i = 0; i < listing.files().size(); i++) {
        BasicFileAttributes attrs =
            listing.attributes().isEmpty() ? null : listing.attributes().get(i);
        files.add(new Found(listing.files().get(i), attrs, named && !Files.isDirectory(p)));
      }
      skipped.addAll(listing.skipped());
    }
    if (files.isEmpty() && skipped.isEmpty()) {
      // formatting "nothing" must not pass for formatting a tree (a mistyped folder, say)
      throw GkmlException.usage("cli.noYamlIn", named ? paths.get(0) : common.root);
    }
    FileLoader loader = new FileLoader(m);
    int unreadable = 0;
    for (YamlWalk.Skipped s : skipped) {
      // what validate would not read either (a pipe, a link leaving the root): said as it says it
      problem(cli, s.path() + ":1:1", s.rule().id(), m.get(s.messageKey(), s.args()));
      unreadable++;
    }
    int changed = 0;
    int checked = skipped.size();
    int leftAlone = 0; // left as they are where that fails the run: named, or hard-linked
    int unwritten = 0; // needed reformatting but could not be written (read-only, say)
    int left = 0; // every file left as it is with a note, for the summary
    Set<Object> seen = new HashSet<>();
    for (Found found : files) {
      Path file = found.path();
      Path target;
      byte[] bytes;
      try {
        // a link is followed: what is rewritten is its target, and only once
        target = found.attributes() == null ? file.toRealPath() : file;
        BasicFileAttributes attrs =
            found.attributes() != null
                ? found.attributes()
                : FileStat.of(target); // a key of the same kind as the walk's
        if (!seen.add(attrs.fileKey() != null ? attrs.fileKey() : target.toRealPath())) {
          continue;
        }
        checked++;
        bytes = BoundedInput.read(target);
      } catch (IOException e) {
        checked++;
        Finding f = loader.cannotRead(file, file.toString(), e);
        problem(cli, where(file, f), f.rule().id(), f.message());
        unreadable++;
        continue;
      }
      // a file gkml cannot read is named with the line validate gives, and fails the run
      FileLoader.ForRewrite read = loader.forRewrite(bytes, file, file.toString());
      if (read.unreadable() != null) {
        Finding f = read.unreadable();
        problem(cli, where(file, f), f.rule().id(), f.message());
        unreadable++;
        continue;
      }
      if (read.declared() == null) {
        // a workflow or a hook's config is YAML too; rewritten, its "false" would turn to text
        note(cli, m.get("fmt.notGkml", file));
        leftAlone += found.named() ? 1 : 0;
        left++;
        continue;
      }
      String text;
      try {
        text = utf8(bytes);
      } catch (CharacterCodingException e) {
        note(cli, m.get("fmt.unreadable", file));
        unreadable++;
        continue;
      }
      Optional<CanonicalLayout.Formatted> canonical = CanonicalLayout.format(text);
      if (canonical.isEmpty()) {
        note(cli, m.get("fmt.notSafe", file));
        continue;
      }
      if (!canonical.get().valuesQuoted()) {
        note(cli, m.get("fmt.keyOrderAndQuotingLeft", file));
      } else if (!canonical.get().keysOrdered()) {
        note(cli, m.get("fmt.keyOrderLeft", file));
      }
      String formatted = canonical.get().text();
      if (formatted.equals(text)) {
        continue;
      }
      if (check) {
        changed++;
        cli.out().println(TerminalText.quote(m.get("fmt.wouldChange", file)));
        continue;
      }
      long links = hardLinks(target);
      if (links > 1) {
        note(cli, m.get("fmt.hardLinked", file, links));
        leftAlone++;
        left++;
        continue;
      }
      if (readOnly(target)) {
        // as an editor refuses to save over a read-only file: someone made it so on purpose
        note(cli, m.get("fmt.readOnly", file));
        leftAlone++;
        unwritten++;
        left++;
        continue;
      }
      try {
        AtomicFile.write(target, out -> out.write(formatted.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        // one file that cannot be written (its folder read-only, say) does not stop the others
        note(cli, m.get("fmt.cannotWrite", file, IoReason.writing(target, e)));
        leftAlone++;
        unwritten++;
        left++;
        continue;
      }
      changed++;
      if (!common.quiet) {
        cli.out().println(TerminalText.quote(m.get("fmt.changed", file)));
      }
    }
    if (!common.quiet) {
      cli.out()
          .println(
              m.get(summaryKey(check, changed, unwritten), changed, checked, unreadable, left));
    }
    cli.out().flush();
    if (unreadable > 0 || leftAlone > 0) {
      return ExitCode.USAGE.code();
    }
    return check && changed > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  /**
   * The folder whose links the walk of a named path follows: the catalogue root the path belongs to
   * (as validate decides it for named paths), else {@code fallback} (the named folder, or a named
   * file's folder).
   */
  private Path boundary(Path p, Path fallback) {
    Path root = Scope.rootOf(p, common.root);
    return root != null ? root : fallback;
  }

  private static String where(Path file, Finding f) {
    return file + ":" + f.loc().line() + ":" + f.loc().column();
  }

  private static void problem(CliContext cli, String where, String rule, String message) {
    note(cli, cli.messages().get("fmt.unparseable", where, rule, message));
  }

  private static void note(CliContext cli, String text) {
    cli.err().println("gkml: " + TerminalText.quote(text));
  }

  /** How many names the file has (1 where the file system does not say). */
  private static long hardLinks(Path file) {
    try {
      return ((Number) Files.getAttribute(file, "unix:nlink")).longValue();
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 1;
    }
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * Whether the file is read-only: this user may not write it, or no one may (no write permission
   * at all, {@code chmod a-w}), which a root user could still write through but should not.
   */
  static boolean readOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      return !p.contains(PosixFilePermission.OWNER_WRITE)
          && !p.contains(PosixFilePermission.GROUP_WRITE)
          && !p.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false; // no POSIX permissions here: isWritable has said what is known
    }
  }

  /**
   * The summary's wording: "no file needed reformatting" is wrong when files that did were left as
   * they are (read-only, not writable): then none was reformatted.
   */
  private static String summaryKey(boolean check, int changed, int unwritten) {
    if (check) {
      return "fmt.summaryCheck";
    }
    return changed == 0 && unwritten > 0 ? "fmt.summaryNoneWritten" : "fmt.summary";
  }
}
