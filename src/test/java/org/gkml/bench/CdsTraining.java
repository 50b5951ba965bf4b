package org.gkml.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.gkml.cli.Gkml;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.RegionCode;
import org.gkml.resolve.Resolver;

/**
 * The build's class-data-sharing training run (not a user command, so not in the jar): {@code mvn
 * package} runs {@code java -XX:DumpLoadedClassList=target/gkml.classlist -cp gkml.jar:test-classes
 * org.gkml.bench.CdsTraining catalogs}, which runs the everyday commands once in one JVM, so that
 * the list names the classes each of them loads — for {@code export xlsx} and {@code import xlsx}
 * that is most of POI and XMLBeans, about 2,000 classes a run would otherwise load and verify from
 * the jar. The launchers turn the list into an archive with the user's own Java on their first run
 * ({@code -Xshare:dump}): an archive only works with the JVM that wrote it. Outputs go to a
 * temporary folder that is removed again; a command that fails only leaves its classes out of the
 * list.
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    Path tree = args.length > 0 ? Path.of(args[0]) : null;
    Path scratch = Files.createTempDirectory("gkml-cds-");
    try {
      run(tree, scratch);
    } finally {
      delete(scratch);
    }
    System.exit(0);
  }

  /** Runs the training commands with outputs below {@code scratch}; their exit codes. */
  static List<Integer> run(Path tree, Path scratch) {
    List<Integer> codes = new ArrayList<>();
    for (List<String> command : commands(tree, scratch)) {
      codes.add(Gkml.run(sink(), sink(), command.toArray(String[]::new)));
    }
    return codes;
  }

  /**
   * The commands to run: validate a tree (twice: the second answered from the cache), one overlay
   * with its context, then merge, export (Excel, HTML) and re-import the effective catalogues of
   * its deepest region (the longest chain). Without a tree: the help.
   */
  static List<List<String>> commands(Path tree, Path scratch) {
    List<List<String>> all = new ArrayList<>();
    if (tree == null || !Files.isDirectory(tree)) {
      all.add(List.of("--help"));
      return all;
    }
    String root = tree.toString();
    all.add(List.of("validate", "--root", root, "-q"));
    // the same tree again, answered from the validate cache: the classes that read an entry
    all.add(List.of("validate", "--root", root, "-q"));
    Optional<RegionCode> deepest = deepestRegion(tree);
    // one file with its context, as an editor's save hook or a pre-commit hook runs it
    deepestOverlay(tree).ifPresent(f -> all.add(List.of("validate", "--root", root, f)));
    String xlsx = scratch.resolve("region.xlsx").toString();
    List<String> region =
        deepest.map(c -> List.of("--region", c.digits())).orElse(List.<String>of());
    all.add(concat(List.of("export", "xlsx", "--root", root, "-q", "-o", xlsx), region));
    all.add(
        List.of(
            "import",
            "xlsx",
            xlsx,
            "--root",
            root,
            "-q",
            "-o",
            scratch.resolve("yaml").toString()));
    all.add(
        concat(
            List.of("export", "html", "--root", root, "-o", scratch.resolve("r.html").toString()),
            region));
    if (deepest.isPresent()) {
      all.add(
          concat(
              List.of("merge", "--root", root, "-o", scratch.resolve("m.yaml").toString()),
              region));
    }
    return all;
  }

  /** The overlay file deepest below {@code regions/} (a village's, in a full tree), if any. */
  private static Optional<String> deepestOverlay(Path tree) {
    Path regions = tree.resolve("regions");
    if (!Files.isDirectory(regions)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(regions)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
          .max(Comparator.comparingInt(Path::getNameCount).thenComparing(Comparator.reverseOrder()))
          .map(Path::toString);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static Optional<RegionCode> deepestRegion(Path tree) {
    try {
      Messages messages = Messages.of(Locale.ROOT);
      TreeLoader loader = new TreeLoader(new FileLoader(messages), messages);
      Resolver resolver = new Resolver(loader.load(tree).tree());
      return resolver.regions().stream()
          .max(Comparator.comparingInt((RegionCode c) -> c.digits().length()));
    } catch (RuntimeException e) {
      return Optional.empty(); // a tree that does not load: the commands report it themselves
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
