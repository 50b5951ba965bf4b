package org.gkml.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.check.Validation;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.export.DocxExporter;
import org.gkml.export.ExcelExporter;
import org.gkml.export.ExcelOptions;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;
import org.gkml.model.Tier;
import org.gkml.publish.Artifact;
import org.gkml.publish.BuildProgress;
import org.gkml.publish.BuildReport;
import org.gkml.publish.DocxArtifact;
import org.gkml.publish.PublishOptions;
import org.gkml.publish.Publisher;
import org.gkml.publish.ResolverSource;
import org.gkml.publish.XlsxArtifact;
import org.gkml.publish.YamlArtifact;
import org.gkml.resolve.EffectiveWriter;
import org.gkml.resolve.Resolver;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml build [-o DIR] [--jobs N]}: validates the whole tree, then publishes every region
 * (CLI.md "Build output"). Any error stops the build before anything is written.
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false)
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Converter.class,
      paramLabel = "DIR",
      defaultValue = "out",
      descriptionKey = "build.output")
  Path output;

  @Option(names = "--jobs", paramLabel = "N", descriptionKey = "build.jobs")
  Integer jobs;

  @Override
  public Integer call() {
    Instant started = Instant.now();
    CliContext cli = CliContext.of(spec);
    if (jobs != null && jobs < 1) {
      throw GkmlException.usage("build.badJobs", jobs);
    }
    // a build replaces its folder whole: never the catalogue, never a folder holding it
    OutputTarget.checkClear(output, List.of(common.root));
    Pipeline pipeline = Pipeline.of(cli.messages());
    TreeLoader.Result loaded = pipeline.load(common.root);
    Resolver resolver = new Resolver(loaded.tree());
    Validation v = pipeline.validateWhole(loaded, resolver);
    ExitCode gate = pipeline.admit(v, cli, "build.stopped");
    if (gate != ExitCode.OK) {
      return gate.code();
    }
    CatalogTree tree = v.loaded().tree();
    PublishOptions options =
        PublishOptions.defaults("gkml " + GkmlCommand.Version.current(), common.root.toString())
            .withSetName(tree.config().name())
            .withDate(cli.clock().date())
            .withStarted(started);
    if (jobs != null) {
      options = options.withJobs(jobs);
    }
    Publisher publisher =
        new Publisher(new ResolverSource(resolver), artifacts(resolver, options), options);
    BuildReport report;
    try (BuildProgress progress = TerminalProgress.of(cli, common.quiet)) {
      report = publisher.publish(output, v.findings(), progress);
    } catch (IOException e) {
      throw new GkmlException(e, ExitCode.USAGE, "cli.cannotWrite", output, e.getMessage());
    }
    if (!common.quiet) {
      var m = cli.messages();
      cli.out()
          .println(
              TerminalText.quote(
                  m.get(
                      "build.done",
                      report.pages().size(),
                      report.regions(Tier.COUNTY),
                      report.regions(Tier.TOWNSHIP),
                      report.regions(Tier.VILLAGE),
                      String.join(", ", report.files()),
                      String.format(java.util.Locale.ROOT, "%.1f", report.seconds()))));
      Path index = output.toAbsolutePath().normalize().resolve("index.html");
      cli.out().println(TerminalText.quote(m.get("build.open", index, index.toUri())));
      cli.out().flush();
    }
    return ExitCode.OK.code();
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
        new XlsxArtifact(excel, issuer, options.date()),
        new DocxArtifact(word, issuer, options.date()),
        new YamlArtifact(new EffectiveWriter(resolver)));
  }
}
