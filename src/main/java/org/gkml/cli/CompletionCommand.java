package org.gkml.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.gkml.error.GkmlException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml completion bash|zsh}: a shell completion script made by picocli from the command
 * model, so it names every command and option there is. zsh runs the bash script through its {@code
 * bashcompinit}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "bash|zsh",
      descriptionKey = "completion.shell",
      completionCandidates = Choices.Shells.class)
  String shell;

  @Mixin LanguageOptions language;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    // in any case, as every other option value (ZSH, Bash)
    String asked = shell.strip().toLowerCase(Locale.ROOT);
    Choices.Shells shells = new Choices.Shells();
    if (!shells.words().contains(asked)) {
      throw GkmlException.usage(
          "completion.unknownShell", shell, UsageErrors.hint(shell, shells.words()));
    }
    boolean zsh = asked.equals("zsh");
    // every command, not only the one running (Gkml.run registers that one alone)
    CommandLine whole = new CommandLine(new GkmlCommand(cli));
    GkmlCommand.SUBCOMMANDS.forEach(whole::addSubcommand);
    String script = valuesAfterEquals(AutoComplete.bash("gkml", whole));
    if (zsh) {
      cli.out().println("autoload -U +X compinit && compinit");
      cli.out().println("autoload -U +X bashcompinit && bashcompinit");
    }
    cli.out().print(script);
    cli.out().flush();
    return 0;
  }

  private static final String CURRENT = "local curr_word=${COMP_WORDS[COMP_CWORD]}";
  private static final String PREVIOUS = "local prev_word=${COMP_WORDS[COMP_CWORD-1]}";

  /**
   * The script with option values completed after {@code --format=} too, the form --help and the
   * man pages print. Bash splits a word at "=" (COMP_WORDBREAKS): at {@code --format=<Tab>} the
   * word completed is "=", at {@code --format=sa<Tab>} the word before it is "=", and picocli's
   * script then offers file names. Each function's own reading of the two words is corrected.
   */
  static String valuesAfterEquals(String script) {
    if (!script.contains(CURRENT) || !script.contains(PREVIOUS)) {
      throw new IllegalStateException("picocli's completion script changed its form");
    }
    return script
        .replace(CURRENT, CURRENT + "\n  if [[ ${curr_word} == \"=\" ]]; then curr_word=\"\"; fi")
        .replace(
            PREVIOUS,
            PREVIOUS
                + "\n  if [[ ${prev_word} == \"=\" ]]; then prev_word=${COMP_WORDS[COMP_CWORD-2]}; fi");
  }
}
