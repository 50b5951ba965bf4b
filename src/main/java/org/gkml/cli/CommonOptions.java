package org.gkml.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares (CLI.md "Common options"). */
final class CommonOptions {
  /** The catalogue root when {@code --root} is not given. */
  static final String DEFAULT_ROOT = "catalogs";

  @Option(
      names = "--root",
      paramLabel = "DIR",
      defaultValue = DEFAULT_ROOT,
      descriptionKey = "option.root")
  Path root;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      descriptionKey = "option.lang",
      completionCandidates = Choices.Languages.class)
  String lang;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "option.quiet")
  boolean quiet;

  @Option(names = "--debug", descriptionKey = "option.debug")
  boolean debug;
}
