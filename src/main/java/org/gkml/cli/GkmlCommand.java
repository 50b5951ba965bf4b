package org.gkml.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gkml}: the root command; it only lists the subcommands. */
@Command(
    name = "gkml",
    mixinStandardHelpOptions = true,
    versionProvider = GkmlCommand.Version.class)
final class GkmlCommand implements Runnable {
  /**
   * The subcommands in the order help lists them. Gkml.run registers only the one that runs when
   * the arguments name it: building picocli's model of every command and option took a third of a
   * one-file validate.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("validate", ValidateCommand.class);
    all.put("build", BuildCommand.class);
    all.put("merge", MergeCommand.class);
    all.put("explain", ExplainCommand.class);
    all.put("diff", DiffCommand.class);
    all.put("export", ExportCommand.class);
    all.put("import", ImportCommand.class);
    all.put("fmt", FmtCommand.class);
    all.put("completion", CompletionCommand.class);
    all.put("report", ReportCommand.class);
    all.put("basis", BasisCommand.class);
    all.put("init", InitCommand.class);
    all.put("new", NewCommand.class);
    return Collections.unmodifiableMap(all);
  }

  private final CliContext context;

  @Spec CommandSpec spec;

  // also here, so that they may stand before the subcommand: gkml --lang zh validate
  @Mixin LanguageOptions language;

  GkmlCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
  }

  @Override
  public void run() {
    spec.commandLine().usage(context.out());
  }

  /** Reads the version Maven filtered into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = GkmlCommand.class.getResourceAsStream("/org/gkml/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"gkml " + p.getProperty("version", "dev")};
    }

    static String current() {
      try {
        return new Version().getVersion()[0].substring("gkml ".length());
      } catch (IOException e) {
        return "dev";
      }
    }
  }
}
