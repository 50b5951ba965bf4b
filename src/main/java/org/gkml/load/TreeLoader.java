package org.gkml.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Finding;
import org.gkml.model.Messages;
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
    return assemble(scope.root(), scope.read());
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
    return assemble(scope.root(), scope.read(), afterRead);
  }

  /** Reads the named files as one tree (context such as the config comes from {@code root}). */
  public Result assemble(Path root, List<Path> paths) {
    return assemble(root, paths, null);
  }

  private Result assemble(Path root, List<Path> paths, AfterRead afterRead) {
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
    List<LoadedFile> loaded = List.of(read);
    List<Finding> findings = new ArrayList<>();
    Config config = Config.none();
    List<Catalog> basics = new ArrayList<>();
    List<Overlay> overlays = new ArrayList<>();
    for (int i = 0; i < loaded.size(); i++) {
      LoadedFile f = loaded.get(i);
      findings.addAll(f.findings());
      DocumentKind expected = expectedKinds[i];
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
    Map<RegionCode, String> register = register(top.resolve(REGISTER_FILE), findings);
    return new Result(new CatalogTree(top, config, basics, overlays, register), loaded, findings);
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

  private Map<RegionCode, String> register(Path csv, List<Finding> findings) {
    Map<RegionCode, String> register = new HashMap<>();
    if (!Files.isRegularFile(csv)) {
      return register;
    }
    SourceFile file = SourceFile.unstructured(csv, display(csv));
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
      for (CSVRecord row : format.parse(r)) {
        String code = row.isMapped("code") && row.isSet("code") ? row.get("code") : "";
        code = code.startsWith("\uFEFF") ? code.substring(1) : code;
        String name = row.isMapped("name") && row.isSet("name") ? row.get("name") : "";
        if (RegionCode.isWellFormed(code)) {
          register.put(new RegionCode(code), name);
        } else {
          int line = (int) row.getRecordNumber() + 1;
          findings.add(
              new Finding(
                  Rule.REGION_CODE,
                  Rule.REGION_CODE.defaultSeverity(),
                  file.at(line, 1),
                  messages.rule(Rule.REGION_CODE, code)));
        }
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      findings.add(
          new Finding(
              Rule.SYNTAX,
              Rule.SYNTAX.defaultSeverity(),
              file.at(1, 1),
              messages.get("load.csv", String.valueOf(e.getMessage()))));
    }
    return register;
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

  /** The YAML files below a folder, in path order; hidden files and folders are skipped. */
  public static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    // the folder's own entries, then its subfolders walked in parallel: one directory read and
    // one stat per entry, on all cores (the walk alone used to cost seconds on a province tree)
    List<Path> found = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    try {
      if (!Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .isDirectory()) {
        return List.of(); // a link to a folder is not followed
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path entry : entries) {
          BasicFileAttributes attrs =
              Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (attrs.isDirectory()) {
            if (!isHidden(entry)) {
              folders.add(entry);
            }
          } else if (isYamlFile(entry, attrs)) {
            found.add(entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DirectoryIteratorException e) {
      throw new UncheckedIOException(e.getCause());
    }
    folders.parallelStream().map(TreeLoader::walk).forEachOrdered(found::addAll);
    // sorting 51,000 long paths with a common prefix is worth both cores
    Path[] sorted = found.toArray(Path[]::new);
    Arrays.parallelSort(sorted);
    return List.of(sorted);
  }

  /** The YAML files below a folder, unsorted, walked on the calling thread. */
  private static List<Path> walk(Path dir) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isYamlFile(file, attrs)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** A visible YAML file, or a link to one. */
  private static boolean isYamlFile(Path p, BasicFileAttributes attrs) {
    // the name is decoded once (a province has 51,000 of them, mostly Chinese)
    String name = p.getFileName().toString();
    return isYamlName(name)
        && !name.startsWith(".")
        && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(p));
  }

  /** {@code *.yaml} or {@code *.yml}, in any case. */
  static boolean isYamlName(String name) {
    return name.regionMatches(true, name.length() - 5, ".yaml", 0, 5)
        || name.regionMatches(true, name.length() - 4, ".yml", 0, 4);
  }

  private static boolean isHidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  /** A path as users should see it: relative to the working directory when below it. */
  public String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
  }
}
