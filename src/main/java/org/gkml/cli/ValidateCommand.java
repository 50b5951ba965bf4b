package org.gkml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gkml.check.Validation;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
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

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    Path target = OutputTarget.resolve(output, null);
    List<Path> inputs = new ArrayList<>(paths == null ? List.of() : paths);
    inputs.add(common.root);
    OutputTarget.checkClear(target, inputs);
    Validation v = Pipeline.of(cli.messages()).validate(common.root, paths);
    ReportInput input =
        new ReportInput(
            v.findings(), v.files(), strict, GkmlCommand.Version.current(), cli.messages());
    TextOutput.write(target, cli.out(), w -> FindingsReporter.write(format, input, w));
    return v.exitCode(strict).code();
  }

  /** Reads {@code --format} case-insensitively with a clear error for unknown names. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FindingsFormat> {
    @Override
    public FindingsFormat convert(String value) {
      return FindingsFormat.of(value)
          .orElseThrow(
              () ->
                  new picocli.CommandLine.TypeConversionException(
                      "'" + value + "' (text, json, sarif, junit, github)"));
    }
  }
}
