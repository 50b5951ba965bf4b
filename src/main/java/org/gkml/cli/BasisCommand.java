package org.gkml.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gkml.app.CheckService;
import org.gkml.app.Outcome;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.oversight.LawIndex;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
import org.gkml.resolve.Resolver;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml basis [--law TEXT] [--repealed FILE] [--format text|json]}: the index of cited laws
 * and documents (CLI.md 1.1), the items citing one law, or every citation of a repealed law as a
 * finding (exit 1 when there is one). A tree file that did not load stops it with its cause
 * printed, exit 1 (2 when it could not be read at all): the index would lack its citations. A
 * {@code --law} that nothing cites ends with exit 1 and the nearest cited title
 * (docs/adjustment.md).
 */
@Command(name = "basis", mixinStandardHelpOptions = true, sortOptions = false)
final class BasisCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--law", paramLabel = "TEXT", descriptionKey = "basis.law")
  String law;

  @Option(names = "--repealed", paramLabel = "FILE", descriptionKey = "basis.repealed")
  Path repealed;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      descriptionKey = "basis.format",
      completionCandidates = Choices.BasisFormats.class)
  String format;

  @Override
  public Integer call() throws IOException {
    CliContext cli = CliContext.of(spec);
    boolean json =
        switch (format.strip().toLowerCase(Locale.ROOT)) {
          case "json" -> true;
          case "text" -> false;
          default ->
              throw GkmlException.usage(
                  "basis.badFormat",
                  format,
                  UsageErrors.hint(format, new Choices.BasisFormats().words()));
        };
    if (law != null && LawIndex.namesNoLaw(law)) {
      // an empty title (an unset shell variable, 《》 alone) is no lookup that found nothing
      throw GkmlException.usage("basis.emptyLaw");
    }
    CheckService checks = new CheckService(cli.session());
    if (repealed != null) {
      Outcome<CheckService.Repealed> outcome = checks.repealed(common.root, repealed);
      if (outcome.stopped()) {
        return outcome.exitCode().code();
      }
      CheckService.Repealed found = outcome.value();
      ReportInput input =
          new ReportInput(
              found.findings(),
              found.files(),
              false,
              GkmlCommand.Version.current(),
              cli.messages());
      FindingsReporter.write(json ? FindingsFormat.JSON : FindingsFormat.TEXT, input, cli.out());
      cli.out().flush();
      return found.exitCode().code();
    }
    Outcome<Resolver> resolved = checks.resolveWhole(common.root);
    if (resolved.stopped()) {
      return resolved.exitCode().code();
    }
    LawIndex index = new LawIndex(resolved.value());
    List<LawIndex.Law> laws = index.laws();
    if (law != null) {
      List<LawIndex.Use> uses = index.uses(law);
      String title = index.title(law, laws);
      if (uses.isEmpty()) {
        // a law nothing cites is most often a misspelt one: a lookup that found nothing is not
        // success (exit 1, as grep's), and says which cited title is nearest
        Object hint =
            LawIndex.nearest(law, laws.stream().map(LawIndex.Law::title).toList())
                .<Object>map(t -> new Messages.Text("schema.suggest", t))
                .orElse("");
        if (json) {
          writeUses(cli, title, uses);
          cli.out().flush();
        }
        cli.err()
            .println(
                "gkml: " + TerminalText.quote(cli.messages().get("basis.uncited", title, hint)));
        cli.err().flush();
        return ExitCode.FINDINGS.code();
      }
      if (json) {
        writeUses(cli, title, uses);
      } else {
        // as the index counts (basis without --law): an item once, however many regions show it
        long items = uses.stream().map(u -> u.domain() + "\u0000" + u.item()).distinct().count();
        cli.out()
            .println(
                TerminalText.quote(cli.messages().get("basis.uses", title, items, uses.size())));
        for (LawIndex.Use u : uses) {
          String region = u.region() == null ? cli.messages().get("diff.basic") : u.region();
          cli.out()
              .println(
                  String.join(
                      "\t",
                      TerminalText.quote(u.domain()),
                      TerminalText.quote(region),
                      TerminalText.quote(u.item())));
        }
      }
    } else if (json) {
      JSON.writeValue(cli.out(), Map.of("laws", laws));
      cli.out().println();
    } else {
      for (LawIndex.Law l : laws) {
        cli.out()
            .println(
                cli.messages()
                    .get("basis.line", TerminalText.quote(l.title()), l.items(), l.regions()));
      }
    }
    cli.out().flush();
    return ExitCode.OK.code();
  }

  /** One law's uses as {@code --format json} writes them: {@code {law, uses}}. */
  private static void writeUses(CliContext cli, String title, List<LawIndex.Use> uses)
      throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("law", title);
    out.put("uses", uses);
    JSON.writeValue(cli.out(), out);
    cli.out().println();
  }
}
