package org.gkml.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code gkml import FILE} and {@code gkml import xlsx FILE} (CLI.md 1.1). */
final class ImportOptions {
  @Option(names = "--domain", paramLabel = "D", descriptionKey = "import.domain")
  String domain;

  @Option(
      names = {"-o", "--output"},
      converter = OutputTarget.Named.class,
      paramLabel = "FILE|DIR",
      descriptionKey = "import.output")
  Path output;

  @Option(names = "--strict", descriptionKey = "import.strict")
  boolean strict;

  @Option(names = "--simplified", descriptionKey = "import.simplified")
  boolean simplified;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      descriptionKey = "import.region",
      converter = RegionOptions.RegionConverter.class)
  org.gkml.model.RegionCode region;

  @Option(names = "--into-tree", descriptionKey = "import.intoTree")
  boolean intoTree;

  @Option(names = "--accept-changed-tree", descriptionKey = "import.acceptChangedTree")
  boolean acceptChangedTree;
}
