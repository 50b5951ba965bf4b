package org.gkml.load;

import java.io.IOException;
import java.nio.file.Path;
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

  public TreeLoader(FileLoader files, Messages messages) {
    this(files, messages, Path.of("").toAbsolutePath());
  }

  public TreeLoader(FileLoader files, Messages messages, Path workingDir) {
    this.files = files;
    this.messages = messages;
    this.workingDir = workingDir;
  }

  /** Everything read: the tree of documents that loaded, and every file with its findings. */
  public record Result(CatalogTree tree, List<LoadedFile> files, List<Finding> findings) {
    public boolean anyUnreadable() {
      return files.stream().anyMatch(LoadedFile::unreadable);
    }
  }

  /** Reads everything below a catalogue root. */
  public Result load(Path root) {
    return load(Scope.whole(root));
  }

  /** Reads the files of a scope as one tree. */
  public Result load(Scope scope) {
    return assemble(scope.root(), scope.read(), null, scope.skipped());
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
    return assemble(scope.root(), scope.read(), afterRead, scope.skipped());
  }

  /** Reads the named files as one tree (context such as the config comes from {@code root}). */
  public Result assemble(Path root, List<Path> paths) {
    return assemble(root, paths, null, List.of());
  }

  private Result assemble(
      Path root, List<Path> paths, AfterRead afterRead, List<YamlWalk.Skipped> skipped) {
    Path top = root.toAbsolutePath().normalize();
    DocumentKind[] expectedKinds = new DocumentKind[paths.size()];
    LoadedFile[] read = new LoadedFile[paths.size()];
    // the config first, when it is read at all: what is done after reading a file may need it
    Config rootConfig = Config.none();
    for (int i = 0; i < paths.size(); i++) {
      Path name = paths.get(i).getFileName();
      if (name != null && name.toString().equals(CONFIG_FILE)) {
        expectedKinds[i] = expectedKind(top, paths.get(i));
        if (expectedKinds[i] == DocumentKind.CONFIG) {
          read[i] = read(paths.get(i), expectedKinds[i], afterRead != null);
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
                f = read(paths.get(i), expectedKinds[i], afterRead != null);
              }
              read[i] = after.apply(f);
            });
    List<LoadedFile> loaded = new ArrayList<>(List.of(read));
    for (YamlWalk.Skipped s : skipped) {
      loaded.add(skippedFile(s));
    }
    List<Finding> findings = new ArrayList<>();
    Config config = Config.none();
    List<Catalog> basics = new ArrayList<>();
    List<Overlay> overlays = new ArrayList<>();
    for (int i = 0; i < loaded.size(); i++) {
      LoadedFile f = loaded.get(i);
      findings.addAll(f.findings());
      DocumentKind expected = i < expectedKinds.length ? expectedKinds[i] : null; // skipped: none
      if (f.document() instanceof Config c) {
        config = c;
      } else if (f.document() instanceof Catalog c) {
        basics.add(c);
        misplaced(f, expected, DocumentKind.CATALOG, findings);
      } else if (f.document() instanceof Overlay o) {
        overlays.add(o);
        misplaced(f, expected, DocumentKind.OVERLAY, findings);
      }
    }
    Map<RegionCode, String> register = register(top, findings);
    return new Result(
        new CatalogTree(top, config, basics, overlays, register), List.copyOf(loaded), findings);
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

  private LoadedFile read(Path p, DocumentKind expected, boolean releasable) {
    return files.load(p, display(p), expected, releasable);
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
    String text;
    try {
      TextDecoder.Decoded decoded = TextDecoder.decode(BoundedInput.read(csv));
      if (decoded instanceof TextDecoder.Decoded.Failed failed) {
        findings.add(finding(file, failed.problem()));
        return register;
      }
      text = ((TextDecoder.Decoded.Text) decoded).text();
    } catch (BoundedInput.Refused r) {
      findings.add(finding(file, FileLoader.refusal(r)));
      return register;
    } catch (IOException | SecurityException e) {
      findings.add(finding(file, FileLoader.ioProblem(e)));
      return register;
    }
    RegisterCsv.read(text, file, messages, register, findings);
    return register;
  }

  private Finding finding(SourceFile file, Problem p) {
    return new Finding(
        p.rule(),
        p.rule().defaultSeverity(),
        file.at(p.line(), p.column()),
        messages.get(p.messageKey(), p.args()));
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

  /** {@code *.yaml} or {@code *.yml}, in any case. */
  static boolean isYamlName(String name) {
    return name.regionMatches(true, name.length() - 5, ".yaml", 0, 5)
        || name.regionMatches(true, name.length() - 4, ".yml", 0, 4);
  }

  /** A path as users should see it: relative to the working directory when below it. */
  public String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
  }
}
