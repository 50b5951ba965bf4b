package org.gkml.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.RegionCode;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;

/**
 * The two timed modes behind {@code bench/merge.sh} (not a user command, so not in the jar): {@code
 * parse} loads the whole tree (the anchor), {@code resolve-all} loads it and resolves every known
 * region at its own tier, every domain. Both print their phase times to stderr. Run as {@code java
 * @target/gkml.jvmopts -cp target/gkml.jar:target/test-classes org.gkml.bench.MergeBenchmark ROOT
 * MODE}, with the JVM options every gkml run has.
 */
public final class MergeBenchmark {
  private MergeBenchmark() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: MergeBenchmark ROOT parse|resolve-all");
      System.exit(2);
    }
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args[1], Path.of(args[0]), err));
  }

  /** Runs {@code mode} on the tree at {@code root}: 0, or 2 for an unknown mode. */
  static int run(String mode, Path root, PrintWriter err) {
    if (!mode.equals("parse") && !mode.equals("resolve-all")) {
      err.println("unknown benchmark mode \"" + mode + "\": use parse or resolve-all");
      return 2;
    }
    Messages messages = Messages.of(Locale.ROOT);
    long start = System.nanoTime();
    long startCpu = cpu();
    TreeLoader.Result loaded = new TreeLoader(new FileLoader(messages), messages).load(root);
    long parsed = System.nanoTime();
    long parsedCpu = cpu();
    err.printf(
        Locale.ROOT,
        "parse: %.2fs (cpu %.2fs), %d files%n",
        (parsed - start) / 1e9,
        (parsedCpu - startCpu) / 1e9,
        loaded.files().size());
    if (mode.equals("resolve-all")) {
      Resolver resolver = new Resolver(loaded.tree());
      long items = 0;
      int regions = 0;
      for (RegionCode code : resolver.regions()) {
        for (Effective e : resolver.effective(code, null)) {
          items += e.catalog().items().size();
        }
        regions++;
      }
      long resolved = System.nanoTime();
      long resolvedCpu = cpu();
      err.printf(
          Locale.ROOT,
          "resolve-all: %.2fs (cpu %.2fs), %d regions, %d items%n",
          (resolved - parsed) / 1e9,
          (resolvedCpu - parsedCpu) / 1e9,
          regions,
          items);
    }
    err.flush();
    return 0;
  }

  /** CPU time of the whole process so far, in nanoseconds (all threads). */
  private static long cpu() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }
}
