package org.gkml.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.gkml.load.TreeLoader;
import org.gkml.model.GkmlException;
import org.gkml.model.RegionCode;
import org.gkml.resolve.Effective;
import org.gkml.resolve.Resolver;

/**
 * The hidden {@code merge --bench} modes behind {@code bench/merge.sh}: {@code parse} loads the
 * whole tree (the anchor), {@code resolve-all} loads it and resolves every known region at its own
 * tier, every domain. Both print their phase times to stderr.
 */
final class MergeBenchmark {
  private MergeBenchmark() {}

  static int run(String mode, Pipeline pipeline, Path root, PrintWriter err) {
    if (!mode.equals("parse") && !mode.equals("resolve-all")) {
      throw GkmlException.usage("merge.badBench", mode);
    }
    long start = System.nanoTime();
    long startCpu = cpu();
    TreeLoader.Result loaded = pipeline.load(root);
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
