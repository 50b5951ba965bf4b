package org.gkml.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.load.FileLoader;
import org.gkml.text.TerminalText;
import picocli.CommandLine;

/**
 * The command line as a function: {@code run(out, err, args)} returns the exit code. Picks the
 * language before picocli builds the help (so {@code --lang zh --help} is Chinese), and turns every
 * failure into one line on stderr.
 */
public final class Gkml {
  private Gkml() {}

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /**
   * As {@link #run(PrintWriter, PrintWriter, String...)}, reading {@code env} as the environment.
   */
  public static int run(
      PrintWriter out, PrintWriter err, java.util.Map<String, String> env, String... args) {
    return run(out, System.out, err, env, args);
  }

  /**
   * As {@link #run(PrintWriter, PrintWriter, java.util.Map, String...)}, binary output to standard
   * output ({@code export xlsx -o -}) going to {@code bytes}, the stream {@code out} writes to.
   */
  static int run(
      PrintWriter out,
      java.io.OutputStream bytes,
      PrintWriter err,
      java.util.Map<String, String> env,
      String... args) {
    String lang = langOf(args);
    if (lang != null && !UsageErrors.knownLanguage(lang)) {
      // said in a language also asked for (gkml --lang zh validate --lang fr), else the system's:
      // the one asked for is the one gkml does not speak
      err.println(
          "gkml: "
              + TerminalText.quote(
                  Messages.of(Messages.localeFor(knownLangOf(args), env))
                      .get("cli.badLang", lang)));
      err.flush();
      return ExitCode.USAGE.code();
    }
    Locale locale = Messages.localeFor(lang, env);
    Messages messages = Messages.of(locale);
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    String running = subcommandOf(args);
    if (running != null && (!running.equals("validate") || namesCatalogueFile(args))) {
      // the schemas compile while picocli builds the command; validate starts them itself, once
      // it knows it reads a file (an unchanged tree answered from its cache needs none), unless
      // a file is named: a one-file validate waited for them after building its command
      FileLoader.prepare(messages.locale());
    }
    CommandLine cli =
        new CommandLine(new GkmlCommand(new CliContext(out, bytes, err, messages, env)));
    // subcommands first: the settings below apply to the commands registered when they are made
    GkmlCommand.SUBCOMMANDS.forEach(
        (name, type) -> {
          if (running == null || running.equals(name)) {
            cli.addSubcommand(name, type);
          }
        });
    // -V on any command prints the version, as its help says (only gkml itself names a provider)
    sameVersion(cli, cli.getCommandSpec().versionProvider());
    cli.setResourceBundle(
        ResourceBundle.getBundle(
            "org.gkml.Messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // built now: when the heap is exhausted there may be no room to look a message up
    String outOfMemory = "gkml: " + messages.get("cli.outOfMemory");
    String tooDeep = "gkml: " + messages.get("cli.stackOverflow");
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // an error in a worker thread reaches here wrapped (CompletionException and the like)
          Throwable cause = resourceError(e);
          if (cause != null) {
            err.println(cause instanceof OutOfMemoryError ? outOfMemory : tooDeep);
            err.flush();
            return ExitCode.USAGE.code();
          }
          if (e instanceof GkmlException g) {
            err.println("gkml: " + TerminalText.quote(g.render(messages)));
            if (debug) {
              g.printStackTrace(err);
            }
            return g.exitCode().code();
          }
          err.println("gkml: " + TerminalText.quote(messages.get("cli.internal", e.toString())));
          if (debug) {
            e.printStackTrace(err);
          }
          return ExitCode.USAGE.code();
        });
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println(
              "gkml: "
                  + TerminalText.quote(
                      UsageErrors.describe(e, messages, UsageErrors.rootNamed(a), List.of(a))));
          if (UsageErrors.pointsToHelp(e)) {
            CommandLine sub = e.getCommandLine();
            err.println(messages.get("cli.seeHelp", sub.getCommandSpec().qualifiedName()));
          }
          return ExitCode.USAGE.code();
        });
    var dashed = UsageErrors.dashedOption(cli, messages, args);
    if (dashed.isPresent()) {
      err.println("gkml: " + TerminalText.quote(dashed.get().message()));
      err.println(messages.get("cli.seeHelp", dashed.get().at().getCommandSpec().qualifiedName()));
      err.flush();
      return ExitCode.USAGE.code();
    }
    try {
      int code = cli.execute(args);
      out.flush();
      return code;
    } catch (OutOfMemoryError e) {
      // the work's memory is unreachable once unwound to here: enough to say so in one line
      err.println(outOfMemory);
      err.flush();
      return ExitCode.USAGE.code();
    } catch (StackOverflowError e) {
      err.println(tooDeep);
      err.flush();
      return ExitCode.USAGE.code();
    } catch (RuntimeException | Error e) {
      // anything escaping picocli's handlers (e.g. while rendering help) still gets one line
      err.println("gkml: " + TerminalText.quote(messages.get("cli.internal", e.toString())));
      return ExitCode.USAGE.code();
    }
  }

  /** The heap or stack exhaustion somewhere in {@code e}'s causes, or null. */
  static Throwable resourceError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
        return t;
      }
    }
    return null;
  }

  /**
   * The subcommand the arguments name, or null when they name none (help, version, a typo: then
   * every subcommand is registered, for the listing and the error). Only the root's options can
   * stand before it, and only {@code --lang} takes a value.
   */
  static String subcommandOf(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++;
      } else if (a.startsWith("-")) {
        if (!a.startsWith("--lang=") && !a.equals("--debug")) {
          return null; // gkml's own --help or --version: the listing needs every subcommand
        }
      } else {
        return GkmlCommand.SUBCOMMANDS.containsKey(a) ? a : null;
      }
    }
    return null;
  }

  /**
   * Whether the arguments name a YAML file, which a command reads (a hint only: the schemas are
   * compiled early for it, and a file that is no catalogue file costs that work and nothing else).
   */
  static boolean namesCatalogueFile(String... args) {
    for (String a : args) {
      String name = a.toLowerCase(Locale.ROOT);
      if (!a.startsWith("-") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of {@code --lang}, read before parsing so help text is in that language: the last one
   * given ({@code gkml --lang zh validate --lang en} is English, as options given later win); one
   * that gkml does not speak is returned before any other, so that it is refused.
   */
  static String langOf(String... args) {
    List<String> given = langValues(args);
    return given.stream()
        .filter(v -> !UsageErrors.knownLanguage(v))
        .findFirst()
        .orElse(given.isEmpty() ? null : given.get(given.size() - 1));
  }

  /** The last {@code --lang} value of {@code args} that gkml speaks, or null. */
  static String knownLangOf(String... args) {
    List<String> known = langValues(args).stream().filter(UsageErrors::knownLanguage).toList();
    return known.isEmpty() ? null : known.get(known.size() - 1);
  }

  /**
   * Every {@code --lang} value of {@code args}, in order ({@code --lang zh} or {@code --lang=zh}).
   */
  private static List<String> langValues(String... args) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        values.add(args[i + 1]);
      } else if (args[i].startsWith("--lang=")) {
        values.add(args[i].substring("--lang=".length()));
      }
    }
    return values;
  }

  private static void sameVersion(CommandLine command, picocli.CommandLine.IVersionProvider v) {
    for (CommandLine sub : command.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(v);
      sameVersion(sub, v);
    }
  }
}
