package org.gkml.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
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

  /** Reads the named files as one tree (context such as the config comes from {@code root}). */
  public Result assemble(Path root, List<Path> paths) {
    Path top = root.toAbsolutePath().normalize();
    List<LoadedFile> loaded =
        paths.parallelStream().map(p -> files.load(p, display(p), expectedKind(top, p))).toList();
    List<Finding> findings = new ArrayList<>();
    Config config = Config.none();
    List<Catalog> basics = new ArrayList<>();
    List<Overlay> overlays = new ArrayList<>();
    for (LoadedFile f : loaded) {
      findings.addAll(f.findings());
      DocumentKind expected = expectedKind(top, f.file().path());
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
    if (!abs.startsWith(root)) {
      return null;
    }
    Path rel = root.relativize(abs);
    if (rel.getNameCount() == 1 && rel.toString().equals(CONFIG_FILE)) {
      return DocumentKind.CONFIG;
    }
    return switch (rel.getName(0).toString()) {
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
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> isYaml(p) && !isHidden(dir, p))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException(
          e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    }
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isHidden(Path dir, Path p) {
    for (Path part : dir.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A path as users should see it: relative to the working directory when below it. */
  public String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
  }
}
