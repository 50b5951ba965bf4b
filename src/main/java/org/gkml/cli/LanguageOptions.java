package org.gkml.cli;

import picocli.CommandLine.Option;

/**
 * {@code --lang} and {@code --debug}, which every command takes (CLI.md "Common options"). {@link
 * Gkml#run} reads both from the arguments before parsing, since help and picocli's own errors must
 * already be in the chosen language; they are declared so that picocli accepts them, lists them in
 * help and completes them, wherever they stand.
 */
final class LanguageOptions {
  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      descriptionKey = "option.lang",
      completionCandidates = Choices.Languages.class)
  String lang;

  @Option(names = "--debug", descriptionKey = "option.debug")
  boolean debug;
}
