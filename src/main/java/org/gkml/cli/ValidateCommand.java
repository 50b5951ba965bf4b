package org.gkml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.gkml.app.CheckService;
import org.gkml.cache.BuildStamp;
import org.gkml.cache.ValidationCache;
import org.gkml.check.Validation;
import org.gkml.diff.source.Revision;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Suggestion;
import org.gkml.model.Suppressed;
import org.gkml.report.Baseline;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
import org.gkml.report.SourceRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gkml validate [PATH...]}: schema and rule checks, findings in a CI-ready format. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "validate.paths")
  List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      descriptionKey = "validate.format",
      completionCandidates = Choices.FindingsFormats.class,
      converter = FormatConverter.class)
  FindingsFormat format;

  @Option(names = "--strict", descriptionKey = "validate.strict")
  boolean strict;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Converter.class,
      paramLabel = "FILE",
      descriptionKey = "option.output")
  Path output;

  @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "validate.baseline")
  Path baseline;

  @Option(
      names = "--write-baseline",
      converter = OutputTarget.Named.class,
      paramLabel = "FILE",
      descriptionKey = "validate.writeBaseline")
  Path writeBaseline;

  @Option(
      names = "--changed",
      paramLabel = "REV",
      arity = "0..1",
      fallbackValue = "HEAD",
      descriptionKey = "validate.changed")
  String changed;

  // no --cached alias: "--staged, --cached" would widen the option column of the whole help
  @Option(names = "--staged", descriptionKey = "validate.staged")
  boolean staged;

  @Option(names = "--no-cache", descriptionKey = "validate.noCache")
  boolean noCache;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    if (baseline != null && writeBaseline != null) {
      throw GkmlException.usage("baseline.both");
    }
    if (writeBaseline != null && writeBaseline.toString().equals(BinaryOutput.STDOUT)) {
      throw GkmlException.usage("baseline.stdout"); // a file later runs read, not a stream
    }
    if (staged && changed == null) {
      throw GkmlException.usage("changed.stagedAlone");
    }
    // a bad GKML_CACHE is refused whether or not this run uses the cache: the next one would
    ValidationCache.mode(cli.env());
    if (writeBaseline != null && (changed != null || (paths != null && !paths.isEmpty()))) {
      // a baseline written from part of the tree would drop every other known finding
      throw GkmlException.usage("baseline.writePart");
    }
    if (changed != null) {
      Revision.named("--changed", changed); // --changed= would be taken for a path
    }
    if (changed != null && changed.startsWith("-")) {
      // --changed takes an optional revision: a misspelt option after it lands here
      List<String> names = new ArrayList<>();
      spec.options().forEach(o -> names.addAll(List.of(o.names())));
      throw GkmlException.usage(
          "changed.optionAsRevision",
          changed,
          Suggestion.closest(changed, names)
              .<Object>map(n -> new Messages.Text("cli.didYouMean", n))
              .orElse(""));
    }
    Path target = OutputTarget.resolve(output, null);
    List<Path> inputs = new ArrayList<>(paths == null ? List.of() : paths);
    inputs.add(common.root);
    if (baseline != null) {
      inputs.add(baseline); // the report written over it would lose every known finding
    }
    // one guard for every file validate writes: the baseline no more lands in the tree than -o
    OutputTarget.checkClear(target, inputs);
    OutputTarget.checkClear(writeBaseline, inputs);
    if (writeBaseline != null && target != null && OutputTarget.sameFile(target, writeBaseline)) {
      // the report would replace the baseline just announced as written
      throw GkmlException.usage(
          "baseline.sameAsOutput", OutputTarget.display(output), writeBaseline);
    }
    Path summary = format == FindingsFormat.GITHUB ? stepSummaryFile(cli) : null;
    if (summary != null) {
      // the runner's file is outside the workspace; one named in the tree by mistake (regions.csv)
      // would be appended to and break the next run: refused as -o is, before anything is read
      String shown = "GITHUB_STEP_SUMMARY=" + summary;
      OutputTarget.checkClear(summary, shown, inputs);
      for (Path written : java.util.Arrays.asList(target, writeBaseline)) {
        if (written != null && OutputTarget.sameFile(summary, written)) {
          throw GkmlException.usage(
              "github.summary.sameAsOutput",
              shown,
              written == target ? "-o" : "--write-baseline",
              OutputTarget.display(written));
        }
      }
    }
    // read before the long check: a wrong path fails at once
    Baseline known = baseline == null ? null : Baseline.read(baseline);
    CheckService checks = new CheckService(cli.session());
    ValidationCache cache = cache(cli);
    CheckService.Checked checked;
    if (changed != null) {
      Optional<CheckService.Checked> c =
          staged
              ? checks.validateStaged(common.root, changed, paths, cache)
              : checks.validateChanged(common.root, changed, paths, cache);
      if (c.isEmpty()) {
        // no catalogue file changed: nothing to check, and nothing failed
        ReportInput none =
            new ReportInput(
                List.of(),
                List.of(),
                strict,
                GkmlCommand.Version.current(),
                cli.messages(),
                List.of(),
                f -> f.loc().pointer(),
                List.of(),
                SourceRoot.of(common.root));
        TextOutput.write(target, cli.out(), w -> FindingsReporter.write(format, none, w));
        // a job summary whenever the count is written (docs/ci.md), nothing changed or not
        stepSummary(summary, none);
        return 0;
      }
      checked = c.get();
    } else {
      checked = checks.validate(common.root, paths, cache);
    }
    Validation v = checked.validation();
    Function<Finding, String> subjects = checked.subjects();
    List<Suppressed> baselined = new ArrayList<>();
    if (writeBaseline != null) {
      int written = Baseline.write(v.findings(), subjects, writeBaseline);
      if (!common.quiet) {
        cli.err()
            .println(
                org.gkml.text.TerminalText.quote(
                    cli.messages().get("baseline.written", written, writeBaseline)));
        int unrecorded = v.findings().size() - written;
        if (unrecorded > 0) {
          cli.err()
              .println(
                  org.gkml.text.TerminalText.quote(
                      cli.messages().get("baseline.unrecorded", unrecorded)));
        }
      }
    } else if (known != null) {
      Baseline.Filtered filtered = known.filter(v.findings(), subjects);
      v = new Validation(v.loaded(), filtered.fresh(), v.files(), v.unreadable(), v.suppressed());
      String why = cli.messages().get("baseline.justification", baseline);
      for (Finding f : filtered.known()) {
        baselined.add(new Suppressed(f, why));
      }
      if (!common.quiet && !filtered.known().isEmpty()) {
        cli.err()
            .println(
                org.gkml.text.TerminalText.quote(
                    cli.messages()
                        .get(
                            // SARIF lists them, as suppressed; the other formats leave them out
                            format == FindingsFormat.SARIF
                                ? "baseline.knownSuppressed"
                                : "baseline.known",
                            filtered.known().size(),
                            baseline)));
      }
      if (!common.quiet && filtered.known().isEmpty() && known.size() > 0 && known.namesNoFile()) {
        // copied or moved away from the folder its paths are relative to
        cli.err()
            .println(
                org.gkml.text.TerminalText.quote(
                    cli.messages().get("baseline.elsewhere", known.size(), baseline)));
      }
    }
    ReportInput input =
        new ReportInput(
            v.findings(),
            v.files(),
            strict,
            GkmlCommand.Version.current(),
            cli.messages(),
            v.suppressed(),
            subjects,
            baselined,
            SourceRoot.of(common.root));
    TextOutput.write(target, cli.out(), w -> FindingsReporter.write(format, input, w));
    stepSummary(summary, input);
    if (writeBaseline != null) {
      // every finding shown is now in the baseline but those of files that cannot be read: they
      // still fail the run, as they will fail the runs that use this baseline
      List<Finding> unrecorded =
          v.findings().stream().filter(f -> !Baseline.recordable(f)).toList();
      return new Validation(v.loaded(), unrecorded, v.files(), v.unreadable())
          .exitCode(strict)
          .code();
    }
    return v.exitCode(strict).code();
  }

  /**
   * The cache a whole-tree run uses (docs/ci.md): none with {@code --no-cache}, for a root that is
   * not a folder (reported by the check), when the running build cannot be told apart, or when
   * paths are named (only a whole-tree run goes through the cache: opening one costs a one-file run
   * a JSON mapper and a look at the jar for nothing).
   */
  private ValidationCache cache(CliContext cli) {
    if (noCache
        || (paths != null && !paths.isEmpty())
        || !java.nio.file.Files.isDirectory(common.root)) {
      return null;
    }
    String build = BuildStamp.of(GkmlCommand.Version.current());
    if (build == null) {
      return null;
    }
    return ValidationCache.forRoot(common.root, cli.env(), build).orElse(null);
  }

  /** The file {@code $GITHUB_STEP_SUMMARY} names, or null when it is not set. */
  private static Path stepSummaryFile(CliContext cli) {
    String file = cli.env().get("GITHUB_STEP_SUMMARY");
    if (file == null || file.isBlank()) {
      return null;
    }
    try {
      return Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw GkmlException.usage("github.summary.cannotWrite", file, e.getReason());
    }
  }

  /**
   * In a GitHub job ({@code summary} not null), appends the Markdown summary to the file {@code
   * $GITHUB_STEP_SUMMARY} names (GitHub collects what every step appends there).
   */
  private static void stepSummary(Path summary, ReportInput input) {
    if (summary == null) {
      return;
    }
    try {
      // the runner's file: appended to, and its folder is the runner's to make
      // another step may have left the file without a final newline: the heading must start a
      // line of its own, or Markdown reads it as the end of that line
      String separator = endsInsideALine(summary) ? "\n" : "";
      java.nio.file.Files.writeString(
          summary,
          separator + FindingsReporter.githubStepSummary(input),
          java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new GkmlException(
          e,
          org.gkml.error.ExitCode.USAGE,
          "github.summary.cannotWrite",
          summary,
          org.gkml.io.IoReason.writing(summary, e));
    }
  }

  /** Whether a file exists and its last byte is not a line feed (false when it cannot be read). */
  private static boolean endsInsideALine(Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      return false; // (opening a named pipe to read would wait for a writer)
    }
    try (java.nio.channels.SeekableByteChannel in = java.nio.file.Files.newByteChannel(file)) {
      long size = in.size();
      if (size == 0) {
        return false;
      }
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      in.position(size - 1);
      return in.read(last) == 1 && last.get(0) != '\n';
    } catch (java.io.IOException | UnsupportedOperationException e) {
      // missing, or not readable: appending will make it or say why it cannot
      return false;
    }
  }

  /** Reads {@code --format} case-insensitively with a clear error for unknown names. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FindingsFormat> {
    @Override
    public FindingsFormat convert(String value) {
      return FindingsFormat.of(value)
          .orElseThrow(() -> BadValue.notOneOf(new Choices.FindingsFormats()));
    }
  }
}
