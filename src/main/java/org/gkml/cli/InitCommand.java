package org.gkml.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gkml.scaffold.RepositoryInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gkml init [DIR]}: a new catalogue repository (the work: {@link RepositoryInit}). */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "init.dir")
  Path dir = Path.of(".");

  @Mixin LanguageOptions language;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "option.quiet")
  boolean quiet;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    RepositoryInit.Result r = new RepositoryInit(cli.messages()).create(dir);
    if (!quiet) {
      for (Path p : r.written()) {
        cli.out().println(cli.messages().get("init.wrote", shown(p)));
      }
      for (Path p : r.kept()) {
        cli.out().println(cli.messages().get("init.kept", shown(p)));
      }
      // the commands it names run from the repository: say to go there when it is elsewhere
      boolean here = dir.normalize().toString().isEmpty();
      cli.out()
          .println(
              here
                  ? cli.messages().get("init.next")
                  : cli.messages().get("init.nextThere", asTyped(dir)));
    }
    return 0;
  }

  /**
   * {@code dir} as it can be typed after {@code cd}: a name with a space or a character a shell
   * reads (我的 目录, a&b) in double quotes, which bash, zsh, PowerShell and cmd all take for such
   * names; a name that holds a double quote, a dollar sign or a backquote is shown as it is, as no
   * one quoting serves every shell there.
   */
  static String asTyped(Path dir) {
    String s = dir.toString();
    boolean plain = s.chars().allMatch(c -> c > ' ' && "&|;<>()'*?[]{}!#~^%,".indexOf(c) < 0);
    boolean quotable = s.chars().noneMatch(c -> c == '"' || c == '$' || c == '`');
    return plain || !quotable ? s : '"' + s + '"';
  }

  /** A path of the new repository as the user finds it from where they are (init 我的目录). */
  private Path shown(Path inRepository) {
    return inRepository.isAbsolute() ? inRepository : dir.resolve(inRepository).normalize();
  }
}
