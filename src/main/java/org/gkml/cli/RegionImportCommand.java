package org.gkml.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gkml.app.ImportService;
import org.gkml.app.Outcome;
import org.gkml.app.RegionImport;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.io.TreeLock;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gkml import FILE --region CODE [-o DIR | --into-tree]} (CLI.md 1.1, issue 14): the options
 * checked, the overlays built and checked by {@link RegionImport}, then written where the options
 * say.
 */
final class RegionImportCommand {
  private RegionImportCommand() {}

  static int run(CommandSpec spec, CommonOptions common, Path file, ImportOptions options) {
    CliContext cli = CliContext.of(spec);
    Path output = OutputTarget.fileOrStdout(options.output);
    if (options.intoTree && output != null) {
      throw GkmlException.usage("import.intoTreeOrOutput");
    }
    if (output != null && isYamlName(output)) {
      throw GkmlException.usage("import.regionOutputDir", output);
    }
    if (OutputTarget.within(output, common.root)) {
      // files written there would be read as the tree's next time, over the region's own overlays
      throw GkmlException.usage(
          "import.regionOutputInTree", OutputTarget.display(output), common.root);
    }
    // --into-tree reads the tree and writes it: another writer in between would be undone or mixed
    try (TreeLock lock = options.intoTree ? TreeLock.hold(common.root) : null) {
      return importInto(cli, common, file, options, output);
    }
  }

  private static int importInto(
      CliContext cli, CommonOptions common, Path file, ImportOptions options, Path output) {
    Messages messages = cli.messages();
    Outcome<RegionImport.Plan> outcome =
        new ImportService(cli.session())
            .importRegion(
                new RegionImport.Request(
                    common.root,
                    file,
                    options.region,
                    options.domain,
                    options.simplified,
                    options.intoTree,
                    options.acceptChangedTree));
    if (outcome.stopped()) {
      return outcome.exitCode().code();
    }
    RegionImport.Plan plan = outcome.value();
    PrintWriter say = common.quiet ? new PrintWriter(Writer.nullWriter()) : cli.err();
    if (options.intoTree) {
      plan.writeIntoTree(messages, say);
    } else {
      plan.unchanged().forEach(d -> say.println(messages.get("import.regionUnchanged", d)));
      if (output == null) {
        List<String> texts = plan.texts();
        TextOutput.write(
            null,
            cli.out(),
            w -> {
              for (String text : texts) {
                if (texts.size() > 1) {
                  w.write("---\n");
                }
                w.write(text);
              }
            });
      } else {
        plan.writeInto(output, messages, say);
      }
    }
    if (!common.quiet) {
      RegionImport.Counts n = plan.counts();
      cli.err()
          .println(
              messages.get(
                  "import.regionSummary",
                  plan.label(),
                  plan.texts().size(),
                  n.adds(),
                  n.modifies(),
                  n.removes(),
                  plan.warnings()));
    }
    cli.err().flush();
    return options.strict && plan.warnings() > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  private static boolean isYamlName(Path p) {
    Path name = p.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }
}
