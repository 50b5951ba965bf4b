package org.gkml.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gkml.export.HtmlExporter;
import org.gkml.export.HtmlIndex;
import org.gkml.export.HtmlPage;
import org.gkml.io.AtomicFile;
import org.gkml.model.Catalog;
import org.gkml.model.Finding;
import org.gkml.model.Region;

/**
 * Publishes a whole catalogue tree (CLI.md "Build output"): a folder per region and one for the
 * basic catalogue, each with the same files (the page, and the workbook and YAML when their writers
 * are given), then the province's {@code index.html} and {@code build-report.json}. Regions are
 * written on {@code jobs} threads; the output folder is replaced whole at the end.
 */
public final class Publisher {
  static final String INDEX = "index.html";

  private final CatalogSource source;
  private final PublishOptions options;
  private final HtmlExporter html;
  private final List<Artifact> artifacts;

  /**
   * @param others the files written beside each folder's page, e.g. the workbook and the YAML
   */
  public Publisher(CatalogSource source, List<Artifact> others, PublishOptions options) {
    this.source = source;
    this.options = options;
    this.html = new HtmlExporter(options.generator());
    List<Artifact> all = new ArrayList<>();
    all.add(new HtmlArtifact(html, options.setName(), options.date(), others));
    all.addAll(others);
    this.artifacts = List.copyOf(all);
  }

  /** The files every folder holds, the page first. */
  public List<String> files() {
    return artifacts.stream().map(Artifact::fileName).toList();
  }

  /**
   * Writes everything to {@code out}, or nothing when anything fails.
   *
   * @param findings the findings of the validation that preceded the build, for the report
   */
  public BuildReport publish(Path out, List<Finding> findings, BuildProgress progress)
      throws IOException {
    try (StagedOutput staged = StagedOutput.prepare(out)) {
      Path staging = staged.folder();
      List<Region> regions = source.regions();
      progress.start(regions.size() + 1L);
      Published basic = source.basic();
      writeFolder(staged, basic);
      progress.advance();
      List<BuildReport.Page> pages = writeRegions(staged, regions, progress);
      String version = String.join("、", versions(basic.domains()));
      staged.check();
      writeIndex(staging, basic, pages, version);
      BuildReport report =
          new BuildReport(
              options.generator(),
              options.root(),
              options.date().toString(),
              options.started(),
              Duration.between(options.started(), Instant.now()).toMillis() / 1000.0,
              options.jobs(),
              files(),
              basic.itemCount(),
              pages,
              findings);
      AtomicFile.write(staging.resolve(StagedOutput.MARKER), report::write);
      staged.commit();
      return report;
    }
  }

  private List<BuildReport.Page> writeRegions(
      StagedOutput staging, List<Region> regions, BuildProgress progress) throws IOException {
    if (options.jobs() == 1 || regions.size() < 2) {
      List<BuildReport.Page> pages = new ArrayList<>(regions.size());
      for (Region r : regions) {
        pages.add(writeRegion(staging, r));
        progress.advance();
      }
      return pages;
    }
    AtomicInteger thread = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(options.jobs(), regions.size()),
            task -> {
              Thread t = new Thread(task, "gkml-build-" + thread.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<BuildReport.Page>> futures = new ArrayList<>(regions.size());
      for (Region r : regions) {
        futures.add(
            pool.submit(
                () -> {
                  BuildReport.Page page = writeRegion(staging, r);
                  progress.advance();
                  return page;
                }));
      }
      List<BuildReport.Page> pages = new ArrayList<>(regions.size());
      for (Future<BuildReport.Page> f : futures) {
        pages.add(await(f));
      }
      return pages;
    } finally {
      // on failure drop queued regions, and let running ones finish before the staging folder
      // is removed
      pool.shutdownNow();
      awaitTermination(pool);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // a region takes far less than a minute; keep waiting rather than race the cleanup
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static BuildReport.Page await(Future<BuildReport.Page> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("build interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private BuildReport.Page writeRegion(StagedOutput staging, Region region) throws IOException {
    Published p = source.effective(region);
    String folder = writeFolder(staging, p);
    return new BuildReport.Page(
        region.code().digits(), region.name(), p.tier(), folder, p.itemCount(), p.customCount());
  }

  private String writeFolder(StagedOutput staging, Published p) throws IOException {
    String folder = p.folder();
    Path dir = staging.folder().resolve(folder);
    if (!staging.folder().equals(dir.normalize().getParent())) {
      // Folders.of makes every name safe; this guards the one place a name becomes a path
      throw new IllegalStateException("folder name leaves the build: " + folder);
    }
    staging.check();
    Files.createDirectories(dir);
    for (Artifact a : artifacts) {
      staging.check();
      AtomicFile.write(
          dir.resolve(a.fileName()),
          raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            a.write(p, out);
            out.flush();
          });
    }
    return folder;
  }

  private void writeIndex(
      Path staging, Published basic, List<BuildReport.Page> pages, String version)
      throws IOException {
    List<HtmlPage.Link> basicFiles =
        artifacts.stream()
            .skip(1)
            .map(a -> new HtmlPage.Link(Folders.href("basic", a.fileName()), a.label()))
            .toList();
    HtmlIndex.Entry basicEntry =
        new HtmlIndex.Entry(
            null, "基础目录", Folders.href("basic", INDEX), basic.itemCount(), 0, basicFiles);
    List<HtmlIndex.Entry> entries = new ArrayList<>(pages.size());
    for (BuildReport.Page p : pages) {
      entries.add(
          new HtmlIndex.Entry(
              new org.gkml.model.RegionCode(p.code()),
              p.name(),
              Folders.href(p.folder(), INDEX),
              p.items() - p.custom(),
              p.custom(),
              List.of()));
    }
    HtmlIndex index =
        new HtmlIndex(options.setName(), version, options.date(), basicEntry, entries);
    AtomicFile.write(
        staging.resolve(INDEX),
        raw -> {
          Writer w =
              new OutputStreamWriter(
                  new BufferedOutputStream(raw, 1 << 16), StandardCharsets.UTF_8);
          html.writeIndex(index, w);
          w.flush();
        });
  }

  private static Set<String> versions(List<Catalog> domains) {
    Set<String> v = new LinkedHashSet<>();
    for (Catalog c : domains) {
      if (c.version() != null && !c.version().isBlank()) {
        v.add(c.version());
      }
    }
    return v;
  }
}
