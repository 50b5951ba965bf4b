package org.gkml.load;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Document;
import org.gkml.model.Finding;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;

/**
 * Reads a whole catalogue root (FORMAT.md §3) on all cores: {@code gkml.yaml}, {@code regions.csv},
 * {@code basic/**} and {@code regions/**}. Files are read in parallel but kept in path order, so
 * every output and finding list is deterministic.
 */
public final class TreeLoader {
  public static final String CONFIG_FILE = "gkml.yaml";
  public static final String REGISTER_FILE = "regions.csv";
  public static final String BASIC_DIR = "basic";
  public static final String REGIONS_DIR = "regions";

  private final FileLoader files;
  private final Messages messages;
  private final Path workingDir;
  private final String workingPrefix;
  // a copy of a root read in its place (validate --changed --staged): paths below copy are shown
  // as the same paths below real (both null: none)
  private final Path copy;
  private final Path real;

  public TreeLoader(FileLoader files, Messages messages) {
    this(files, messages, Path.of("").toAbsolutePath());
  }

  public TreeLoader(FileLoader files, Messages messages, Path workingDir) {
    this(files, messages, workingDir, null, null);
  }

  private TreeLoader(FileLoader files, Messages messages, Path workingDir, Path copy, Path real) {
    this.copy = copy;
    this.real = real;
    this.files = files;
    this.messages = messages;
    this.workingDir = workingDir;
    // a normalized absolute path below a normalized absolute working folder: its text past the
    // folder's and a separator (null: let Path decide)
    String separator = workingDir.getFileSystem().getSeparator();
    String wd = workingDir.toString();
    this.workingPrefix =
        separator.equals("/")
                && workingDir.isAbsolute()
                && workingDir.normalize().equals(workingDir)
            ? (wd.endsWith(separator) ? wd : wd + separator)
            : null;
  }

  /**
   * This loader for a copy of a root read in its place: paths below {@code copy} are shown as the
   * same paths below {@code real}, so findings name the files the user knows.
   */
  public TreeLoader showing(Path copy, Path real) {
    return new TreeLoader(
        files,
        messages,
        workingDir,
        copy.toAbsolutePath().normalize(),
        real.toAbsolutePath().normalize());
  }

  /** Everything read: the tree of documents that loaded, and every file with its findings. */
  public record Result(CatalogTree tree, List<LoadedFile> files, List<Finding> findings) {
    /** Whether a file, or the region register, could not be read at all (exit code 2). */
    public boolean anyUnreadable() {
      return files.stream().anyMatch(LoadedFile::unreadable) || registerUnreadable();
    }

    /**
     * Whether the region register could not be read at all (not CSV, not UTF-8, over a limit, not a
     * readable file): it is no {@link LoadedFile}, so only its findings say so. Every region's name
     * and every command that names a region depend on it.
     */
    public boolean registerUnreadable() {
      return findings.stream().anyMatch(f -> f.rule().unreadableFile() && isRegister(f));
    }

    /** Whether a finding is about this tree's region register. */
    public boolean isRegister(Finding f) {
      Path register = tree.root().toAbsolutePath().normalize().resolve(REGISTER_FILE);
      return f.loc().file().path().toAbsolutePath().normalize().equals(register);
    }
  }

  /** Reads everything below a catalogue root. */
  public Result load(Path root) {
    return load(Scope.whole(root));
  }

  /** Reads the files of a scope as one tree. */
  public Result load(Scope scope) {
    return assemble(scope, null, path -> null);
  }

  /**
   * Work done on each file on the thread that read it, as soon as it is read; it may return the
   * file changed (more findings, its tree released: {@link LoadedFile#withoutTree}).
   */
  public interface AfterRead {
    /** The work for a tree with {@code config}, which is read before every other file. */
    UnaryOperator<LoadedFile> given(Config config);
  }

  /** Reads the files of a scope as one tree, passing each file through {@code afterRead}. */
  public Result load(Scope scope, AfterRead afterRead) {
    return load(scope, afterRead, path -> null);
  }

  /** The bytes of files read before the load (null: read the file now). */
  @FunctionalInterface
  public interface Contents {
    byte[] of(Path path);
  }

  /**
   * Reads the files of a scope as one tree, taking each file's bytes from {@code contents} when it
   * has them, and passing each file through {@code afterRead}.
   */
  public Result load(Scope scope, AfterRead afterRead, Contents contents) {
    return assemble(scope, afterRead, contents);
  }

  private Result assemble(Scope scope, AfterRead afterRead, Contents contents) {
    return assemble(
        scope.root(), scope.read(), scope.attributes(), afterRead, scope.skipped(), contents);
  }

  /** Reads the named files as one tree (context such as the config comes from {@code root}). */
  public Result assemble(Path root, List<Path> paths) {
    return assemble(root, paths, List.of(), null, List.of(), path -> null);
  }

  /** {@code walked}: what the walk saw of each of {@code paths}, or none (see {@link Scope}). */
  private Result assemble(
      Path root,
      List<Path> paths,
      List<BasicFileAttributes> walked,
      AfterRead afterRead,
      List<YamlWalk.Skipped> skipped,
      Contents contents) {
    Path top = root.toAbsolutePath().normalize();
    DocumentKind[] expectedKinds = new DocumentKind[paths.size()];
    LoadedFile[] read = new LoadedFile[paths.size()];
    // the config first, when it is read at all: what is done after reading a file may need it
    Config rootConfig = Config.none();
    // the root's config as the walk names it is found by comparing bytes; only a list without it
    // is searched by name (decoding 51,000 mostly Chinese names cost a tenth of a second before
    // any file was read)
    int config = paths.indexOf(top.resolve(CONFIG_FILE));
    int from = config >= 0 ? config : 0;
    int to = config >= 0 ? config + 1 : paths.size();
    for (int i = from; i < to; i++) {
      Path name = paths.get(i).getFileName();
      if (name != null && name.toString().equals(CONFIG_FILE)) {
        expectedKinds[i] = expectedKind(top, paths.get(i));
        if (expectedKinds[i] == DocumentKind.CONFIG) {
          read[i] = read(paths, walked, i, expectedKinds[i], afterRead != null, contents);
          if (read[i].document() instanceof Config c) {
            rootConfig = c;
          }
        }
      }
    }
    UnaryOperator<LoadedFile> after =
        afterRead == null ? UnaryOperator.identity() : afterRead.given(rootConfig);
    IntStream.range(0, paths.size())
        .parallel()
        .forEach(
            i -> {
              LoadedFile f = read[i];
              if (f == null) {
                expectedKinds[i] = expectedKind(top, paths.get(i));
                f = read(paths, walked, i, expectedKinds[i], afterRead != null, contents);
              }
              read[i] = after.apply(f);
            });
    List<LoadedFile> loaded = new ArrayList<>(List.of(read));
    for (YamlWalk.Skipped s : skipped) {
      loaded.add(skippedFile(s));
    }
    List<Finding> findings = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < loaded.size(); i++) {
      LoadedFile f = loaded.get(i);
      findings.addAll(f.findings());
      DocumentKind expected = i < expectedKinds.length ? expectedKinds[i] : null; // skipped: none
      if (f.document() != null) {
        documents.add(f.document());
      }
      if (f.document() instanceof Catalog) {
        misplaced(f, expected, DocumentKind.CATALOG, findings);
      } else if (f.document() instanceof Overlay) {
        misplaced(f, expected, DocumentKind.OVERLAY, findings);
      } else if (f.document() instanceof Config) {
        misplaced(f, expected, DocumentKind.CONFIG, findings);
      }
    }
    Map<RegionCode, String> register = register(top, findings);
    return new Result(CatalogTree.of(top, documents, register), List.copyOf(loaded), findings);
  }

  /** A file (or folder) the walk did not read, with the finding that says why. */
  private LoadedFile skippedFile(YamlWalk.Skipped s) {
    SourceFile file = SourceFile.unstructured(s.path(), display(s.path()));
    Finding f =
        new Finding(
            s.rule(),
            s.rule().defaultSeverity(),
            file.at(1, 1),
            messages.get(s.messageKey(), s.args()));
    return new LoadedFile(file, null, null, s.unreadable(), List.of(f), Suppressions.none());
  }

  private LoadedFile read(
      List<Path> paths,
      List<BasicFileAttributes> walked,
      int i,
      DocumentKind expected,
      boolean releasable,
      Contents contents) {
    Path p = paths.get(i);
    BasicFileAttributes seen = walked.isEmpty() ? null : walked.get(i);
    return files.load(p, display(p), expected, releasable, contents.of(p), seen);
  }

  private void misplaced(
      LoadedFile f, DocumentKind expected, DocumentKind actual, List<Finding> out) {
    if (expected != null && expected != actual) {
      out.add(
          new Finding(
              Rule.MISPLACED_FILE,
              Rule.MISPLACED_FILE.defaultSeverity(),
              f.file().locate("/kind"),
              messages.rule(Rule.MISPLACED_FILE, actual.word(), expected.word())));
    }
  }

  /**
   * The region register ({@code regions.csv}, FORMAT.md §3): UTF-8 with or without a BOM, any line
   * ending; read through the bounded reader like every input. Its problems become findings.
   */
  private Map<RegionCode, String> register(Path top, List<Finding> findings) {
    Map<RegionCode, String> register = new HashMap<>();
    YamlWalk.Listing found = YamlWalk.rootFile(top, REGISTER_FILE);
    for (YamlWalk.Skipped s : found.skipped()) {
      findings.addAll(skippedFile(s).findings());
    }
    if (found.files().isEmpty()) {
      return register;
    }
    Path csv = found.files().get(0);
    SourceFile file = SourceFile.unstructured(csv, display(csv));
    byte[] bytes;
    try {
      bytes = BoundedInput.read(csv);
    } catch (BoundedInput.Refused r) {
      findings.add(RegisterCsv.finding(file, FileLoader.refusal(r), messages));
      return register;
    } catch (IOException | SecurityException e) {
      findings.add(RegisterCsv.finding(file, FileLoader.ioProblem(e), messages));
      return register;
    }
    RegisterCsv.Read read = RegisterCsv.read(bytes, file, messages);
    findings.addAll(read.findings());
    return read.register();
  }

  /**
   * The register of the tree at {@code root} alone (code to name), read as a full load reads it; an
   * empty map when there is none or it cannot be read. For a hint about a region named on the
   * command line, where loading the tree would cost more than the error is worth.
   */
  public static Map<RegionCode, String> registerAlone(Path root, Messages messages) {
    try {
      YamlWalk.Listing found = YamlWalk.rootFile(root, REGISTER_FILE);
      if (found.files().isEmpty()) {
        return Map.of();
      }
      Path csv = found.files().get(0);
      byte[] bytes = BoundedInput.read(csv);
      return RegisterCsv.read(bytes, SourceFile.unstructured(csv, csv.toString()), messages)
          .register();
    } catch (IOException | RuntimeException e) {
      return Map.of(); // only a hint is lost: the error it would have helped is reported anyway
    }
  }

  static DocumentKind expectedKind(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    int depth = root.getNameCount();
    if (!abs.startsWith(root) || abs.getNameCount() == depth) {
      return null;
    }
    // the first name below the root, without building the relative path
    String first = abs.getName(depth).toString();
    if (abs.getNameCount() == depth + 1 && first.equals(CONFIG_FILE)) {
      return DocumentKind.CONFIG;
    }
    return switch (first) {
      case BASIC_DIR -> DocumentKind.CATALOG;
      case REGIONS_DIR -> DocumentKind.OVERLAY;
      default -> null;
    };
  }

  /**
   * The YAML files below a folder of the catalogue root {@code root}, in path order; hidden files
   * and folders are skipped (what else is not read, see {@link YamlWalk}).
   */
  public static List<Path> yamlFiles(Path root, Path dir) {
    return YamlWalk.of(root, dir).files();
  }

  /**
   * {@code *.yaml} or {@code *.yml}, in any case; not the lock file an editor such as WPS leaves
   * beside a YAML file it has open ({@code ~$name.yaml}, {@link OfficeLockFile}), which is no text
   * and no catalogue file, and goes when the editor closes it.
   */
  public static boolean isYamlName(String name) {
    return (name.regionMatches(true, name.length() - 5, ".yaml", 0, 5)
            || name.regionMatches(true, name.length() - 4, ".yml", 0, 4))
        && !OfficeLockFile.isLockName(name);
  }

  /** A path as users should see it: relative to the working directory when below it. */
  public String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    if (copy != null && abs.startsWith(copy)) {
      abs = real.resolve(copy.relativize(abs).toString());
    }
    String text = abs.toString();
    if (workingPrefix != null && text.startsWith(workingPrefix)) {
      // the same as relativize's, on the path's own (cached) text: a whole-tree validate shows
      // 51,000 paths, and relativize builds and decodes a new path for each
      return text.substring(workingPrefix.length());
    }
    return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : text;
  }
}
