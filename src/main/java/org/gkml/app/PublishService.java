package org.gkml.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gkml.check.Validation;
import org.gkml.error.ExitCode;
import org.gkml.export.DocxExporter;
import org.gkml.export.ExcelExporter;
import org.gkml.export.ExcelOptions;
import org.gkml.export.HtmlExporter;
import org.gkml.export.HtmlPage;
import org.gkml.export.PublishedCatalog;
import org.gkml.io.IoReason;
import org.gkml.io.SafeName;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.publish.Artifact;
import org.gkml.publish.BuildProgress;
import org.gkml.publish.BuildReport;
import org.gkml.publish.PublishOptions;
import org.gkml.publish.Published;
import org.gkml.publish.Publisher;
import org.gkml.publish.ResolverSource;
import org.gkml.publish.TableArtifact;
import org.gkml.publish.YamlArtifact;
import org.gkml.resolve.Effective;
import org.gkml.resolve.EffectiveWriter;
import org.gkml.resolve.Resolver;

/**
 * The publish family: one catalogue as an official table ({@code export xlsx|docx}) or a page
 * ({@code export html}), of a region or of the basic catalogues, and every region at once ({@code
 * build}). Each checks what its output depends on first and, on an error, prints the findings and
 * stops before anything is built (the outcome carries the exit code).
 */
public final class PublishService {
  private final Session session;
  private final Pipeline pipeline;

  public PublishService(Session session) {
    this.session = session;
    this.pipeline = new Pipeline(session);
  }

  /**
   * The official table of {@code region} at {@code tier} (null: its own), or of the basic
   * catalogues when {@code region} is null (every tier's column, or only {@code tier}'s).
   */
  public Outcome<Table> table(Path root, RegionCode region, Tier tier) {
    Pipeline.Checked checked = check(root, region);
    ExitCode gate = pipeline.admit(checked.validation(), "export.invalidTree");
    if (gate != ExitCode.OK) {
      return Outcome.stop(gate);
    }
    if (region == null) {
      CatalogTree tree = checked.validation().loaded().tree();
      return Outcome.of(
          new Table(
              PublishedCatalog.basic(
                  tree.basics(), tier, tree.config().issuer(), session.clock().date()),
              ChannelVocabulary.standard().with(tree.config().channels()),
              Map.of()));
    }
    Resolver resolver = checked.resolver();
    List<Effective> catalogues = resolver.effective(region, tier);
    return Outcome.of(
        new Table(
            PublishedCatalog.region(
                region,
                tier,
                catalogues,
                resolver.tree().config().issuer(),
                session.clock().date()),
            resolver.vocabulary(),
            RegionSources.of(resolver.tree(), region)));
  }

  /**
   * The name an exported table is written under: {@code basic.xlsx}, {@code 511703-达川区.xlsx},
   * {@code 511703-达川区-乡级.xlsx} (another tier than the region's own is named).
   */
  public static String fileName(PublishedCatalog p, String extension) {
    String base =
        p.isBasic()
            ? "basic"
            : p.regionName().isEmpty() ? p.regionCode() : p.regionCode() + "-" + p.regionName();
    boolean ownTier =
        p.tier() == null
            || (!p.isBasic()
                && Tier.ofCodeLength(p.regionCode().length()).orElse(null) == p.tier());
    // a region's name comes from the catalogue tree: one safe name, inside the working folder
    return SafeName.of(ownTier ? base : base + "-" + p.tier().word(), "." + extension);
  }

  /** A catalogue as a table, and the channel words its checklist columns use. */
  /**
   * A table to export: the catalogue, the channel words, and for a region what each domain's table
   * is made from ({@link RegionSources}, by domain; empty for the basic catalogue).
   */
  public record Table(
      PublishedCatalog catalog, ChannelVocabulary vocabulary, Map<String, String> sources) {}

  /**
   * What {@code export filing} files for {@code region}: its checked resolution (for the revision
   * notes and the domains that do not apply) and its effective catalogue at its own tier as the
   * tables publish it. The same gate as the exports: an error in a file it depends on stops it.
   */
  public Outcome<Filing> filing(Path root, RegionCode region) {
    Pipeline.Checked checked = check(root, region);
    ExitCode gate = pipeline.admit(checked.validation(), "filing.invalidTree");
    if (gate != ExitCode.OK) {
      return Outcome.stop(gate);
    }
    Resolver resolver = checked.resolver();
    PublishedCatalog catalog =
        PublishedCatalog.region(
            region,
            null,
            resolver.effective(region, null),
            resolver.tree().config().issuer(),
            session.clock().date());
    return Outcome.of(new Filing(resolver, catalog));
  }

  /** A region's checked resolution and its effective catalogue as a table. */
  public record Filing(Resolver resolver, PublishedCatalog catalog) {}

  /** The publication page of {@code region} at {@code tier}, or of the basic catalogues. */
  public Outcome<Page> page(Path root, RegionCode region, Tier tier) {
    Pipeline.Checked checked = check(root, region);
    ExitCode gate = pipeline.admit(checked.validation(), "export.invalidTree");
    if (gate != ExitCode.OK) {
      return Outcome.stop(gate);
    }
    String generator = "gkml " + session.version();
    if (region == null) {
      CatalogTree tree = checked.validation().loaded().tree();
      HtmlPage page =
          HtmlPage.basic(tree.config().name(), tree.basics(), tier, session.clock().date());
      return Outcome.of(new Page(page, tree.config().issuer(), generator));
    }
    Resolver resolver = checked.resolver();
    List<Effective> catalogues = resolver.effective(region, tier);
    Effective first = catalogues.get(0);
    Published p = new Published(first.region(), first.tier(), catalogues);
    HtmlPage page =
        new HtmlPage(
            resolver.tree().config().name(), p.publication(), List.of(), session.clock().date());
    return Outcome.of(new Page(page, resolver.tree().config().issuer(), generator));
  }

  /**
   * A publication page, who issues it, and the generator its metadata names.
   *
   * @param issuer the issuing body, which a fragment states since no page around it does
   */
  public record Page(HtmlPage page, String issuer, String generator) {
    /** Writes the page: a whole HTML document, or the fragment a site's own page embeds. */
    public void write(boolean fragment, Writer out) throws IOException {
      HtmlExporter exporter = new HtmlExporter(generator);
      if (fragment) {
        exporter.writeFragment(page, issuer, out);
      } else {
        exporter.write(page, out);
      }
    }
  }

  /** What a region's output depends on, or the basic catalogues' when {@code region} is null. */
  private Pipeline.Checked check(Path root, RegionCode region) {
    return region == null ? pipeline.checkBasics(root) : pipeline.checkRegion(root, region, null);
  }

  /**
   * {@code build}: validates the whole tree as {@code validate} does, then publishes every region
   * into {@code output} (CLI.md "Build output"), replacing it whole. Any error stops the build
   * before anything is written.
   *
   * @param jobs the threads regions are written on, or null for the default
   * @param started when the command started, which the build report states
   */
  public Outcome<BuildReport> build(
      Path root, Path output, Integer jobs, Instant started, BuildProgress progress) {
    TreeLoader.Result loaded = pipeline.load(root);
    Resolver resolver = new Resolver(loaded.tree());
    Validation v = pipeline.validateWhole(loaded, resolver);
    ExitCode gate = pipeline.admit(v, "build.stopped");
    if (gate != ExitCode.OK) {
      return Outcome.stop(gate);
    }
    CatalogTree tree = v.loaded().tree();
    PublishOptions options =
        PublishOptions.defaults("gkml " + session.version(), root.toString())
            .withSetName(tree.config().name())
            .withDate(session.clock().date())
            .withStarted(started);
    if (jobs != null) {
      options = options.withJobs(jobs);
    }
    Publisher publisher =
        new Publisher(new ResolverSource(resolver), artifacts(resolver, options), options);
    try {
      return Outcome.of(publisher.publish(output, v.findings(), progress));
    } catch (IOException e) {
      throw IoReason.cannotWriteFolder(output, e);
    }
  }

  /** The files each folder holds beside its page: the workbook, the Word document and the YAML. */
  private static List<Artifact> artifacts(Resolver resolver, PublishOptions options) {
    // thousands of workbooks: a faster deflate level for slightly larger files
    ExcelOptions excelOptions =
        ExcelOptions.defaults().withCompression(ExcelOptions.Compression.FAST);
    ExcelExporter excel = new ExcelExporter(excelOptions, resolver.vocabulary());
    String issuer = resolver.tree().config().issuer();
    DocxExporter word =
        new DocxExporter(
            excelOptions.channels(), resolver.vocabulary(), excelOptions.compression());
    return List.of(
        TableArtifact.xlsx(excel, issuer, options.date()),
        TableArtifact.docx(word, issuer, options.date()),
        new YamlArtifact(new EffectiveWriter(resolver)));
  }
}
