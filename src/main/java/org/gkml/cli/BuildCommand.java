package org.gkml.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.app.Outcome;
import org.gkml.app.PublishService;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.model.Tier;
import org.gkml.publish.BuildProgress;
import org.gkml.publish.BuildReport;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml build [-o DIR] [--jobs N]}: validates the whole tree, then publishes every region
 * (CLI.md "Build output"). Any error stops the build before anything is written. The work is {@link
 * PublishService#build}.
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
    if (output.toString().equals(BinaryOutput.STDOUT)) {
      throw GkmlException.usage("build.outputIsStdout"); // a folder of files, not a stream
    }
    // a build replaces its folder whole: never the catalogue, never a folder holding it
    OutputTarget.checkClear(output, List.of(common.root));
    Outcome<BuildReport> built;
    try (BuildProgress progress = TerminalProgress.of(cli, common.quiet)) {
      built = new PublishService(cli.session()).build(common.root, output, jobs, started, progress);
    }
    if (built.stopped()) {
      return built.exitCode().code();
    }
    BuildReport report = built.value();
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
                      m.list(report.files()),
                      String.format(java.util.Locale.ROOT, "%.1f", report.seconds()))));
      Path index = output.toAbsolutePath().normalize().resolve("index.html");
      cli.out().println(TerminalText.quote(m.get("build.open", index, index.toUri())));
      cli.out().flush();
    }
    return ExitCode.OK.code();
  }
}
