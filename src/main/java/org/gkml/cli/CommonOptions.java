package org.gkml.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
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

  @Mixin LanguageOptions language;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "option.quiet")
  boolean quiet;
}
