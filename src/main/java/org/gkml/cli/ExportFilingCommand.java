package org.gkml.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.app.FilingService;
import org.gkml.app.Outcome;
import org.gkml.diff.source.Revision;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.io.AtomicFile;
import org.gkml.io.IoReason;
import org.gkml.model.RegionCode;
import org.gkml.publish.StagedOutput;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml export filing --region CODE [--since REV] -o DIR} (CLI.md 1.1): the 备案 bundle a
 * region files with the level above, in one folder. {@link FilingService} assembles it in memory;
 * this writes it to a staging folder that is renamed into place: the folder appears whole or not at
 * all, and exit 0 means every file is there.
 */
@Command(name = "filing", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportFilingCommand implements Callable<Integer> {
  private static final String SINCE = "--since";

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      required = true,
      descriptionKey = "filing.region",
      converter = RegionOptions.RegionConverter.class)
  RegionCode region;

  @Option(names = SINCE, paramLabel = "REV", descriptionKey = "filing.since")
  String since;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Named.class,
      paramLabel = "DIR",
      required = true,
      descriptionKey = "filing.output")
  Path output;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    if (since != null) {
      Revision.single(SINCE, since); // the one version the bundle is compared with, not a range
    }
    if (output.toString().equals(BinaryOutput.STDOUT) || OutputTarget.isStream(output)) {
      throw GkmlException.usage("filing.badOutput", output);
    }
    OutputTarget.checkClear(output, List.of(common.root));

    Outcome<FilingService.Bundle> bundle =
        new FilingService(cli.session()).bundle(common.root, region, since);
    if (bundle.stopped()) {
      return bundle.exitCode().code();
    }
    Map<String, byte[]> files = bundle.value().files();
    write(files);
    if (bundle.value().unrecorded()) {
      cli.err()
          .println(
              "gkml: "
                  + TerminalText.quote(
                      cli.messages()
                          .get(
                              "filing.unrecorded",
                              Integer.toString(bundle.value().changes()),
                              since)));
    }
    if (!common.quiet) {
      if (since == null) {
        cli.err().println("gkml: " + cli.messages().get("filing.noSince"));
        cli.err().flush();
      }
      cli.out()
          .println(
              TerminalText.quote(
                  cli.messages()
                      .get("filing.written", OutputTarget.display(output), files.size())));
    }
    cli.err().flush();
    cli.out().flush();
    return ExitCode.OK.code();
  }

  /** Writes every file into a staging folder, then puts the folder in the target's place. */
  private void write(Map<String, byte[]> files) {
    try (StagedOutput staged = StagedOutput.prepare(output, StagedOutput.FILING)) {
      Path folder = staged.folder();
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        staged.check();
        byte[] bytes = f.getValue();
        AtomicFile.write(folder.resolve(f.getKey()), out -> out.write(bytes));
      }
      for (String name : files.keySet()) {
        if (!Files.isRegularFile(folder.resolve(name))) {
          throw new IOException("not written: " + name); // exit 0 only when every file is there
        }
      }
      staged.commit();
    } catch (IOException e) {
      throw IoReason.cannotWriteFolder(output, e);
    }
  }
}
