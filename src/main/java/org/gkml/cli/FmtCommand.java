package org.gkml.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.fmt.CanonicalLayout;
import org.gkml.i18n.Messages;
import org.gkml.io.AtomicFile;
import org.gkml.io.IoReason;
import org.gkml.load.FileLoader;
import org.gkml.load.TreeLoader;
import org.gkml.model.Finding;
import org.gkml.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml fmt [--check] [PATH...]}: catalogue files in the canonical layout, every comment kept
 * (see CanonicalLayout). {@code --check} changes nothing and exits 1 when a file would change.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, sortOptions = false)
final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "fmt.paths")
  List<Path> paths;

  @Option(names = "--check", descriptionKey = "fmt.check")
  boolean check;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    Messages m = cli.messages();
    List<Path> files = new ArrayList<>();
    for (Path p : paths == null || paths.isEmpty() ? List.of(common.root) : paths) {
      if (Files.isDirectory(p)) {
        files.addAll(TreeLoader.yamlFiles(p, p));
      } else if (Files.isRegularFile(p)) {
        Path name = p.getFileName();
        if (name == null || !TreeLoader.isYamlName(name.toString())) {
          // as validate: a regions.csv or notes.txt named by mistake is not rewritten as YAML
          throw GkmlException.usage("cli.notYamlFile", p);
        }
        files.add(p);
      } else {
        throw GkmlException.usage("cli.noSuchPath", p);
      }
    }
    if (files.isEmpty()) {
      // formatting "nothing" must not pass for formatting a tree (a mistyped folder, say)
      throw GkmlException.usage(
          "cli.noYamlIn", paths == null || paths.isEmpty() ? common.root : paths.get(0));
    }
    int changed = 0;
    int unreadable = 0;
    FileLoader loader = new FileLoader(m);
    for (Path file : files) {
      String text;
      try {
        byte[] bytes = Files.readAllBytes(file);
        // a file gkml cannot read is named with the line validate gives, and fails the run
        Optional<Finding> unparseable = loader.unparseable(bytes, file, file.toString());
        if (unparseable.isPresent()) {
          Finding f = unparseable.get();
          cli.err()
              .println(
                  "gkml: "
                      + TerminalText.quote(
                          m.get(
                              "fmt.unparseable",
                              file + ":" + f.loc().line() + ":" + f.loc().column(),
                              f.rule().id(),
                              f.message())));
          unreadable++;
          continue;
        }
        text = utf8(bytes);
      } catch (IOException e) {
        cli.err().println("gkml: " + TerminalText.quote(m.get("fmt.unreadable", file)));
        unreadable++;
        continue;
      }
      Optional<String> canonical = CanonicalLayout.of(text);
      if (canonical.isEmpty()) {
        cli.err().println("gkml: " + TerminalText.quote(m.get("fmt.notSafe", file)));
        continue;
      }
      if (canonical.get().equals(text)) {
        continue;
      }
      changed++;
      if (check) {
        cli.out().println(TerminalText.quote(m.get("fmt.wouldChange", file)));
      } else {
        write(file, canonical.get());
        if (!common.quiet) {
          cli.out().println(TerminalText.quote(m.get("fmt.changed", file)));
        }
      }
    }
    if (!common.quiet) {
      cli.out()
          .println(
              m.get(check ? "fmt.summaryCheck" : "fmt.summary", changed, files.size(), unreadable));
    }
    cli.out().flush();
    if (unreadable > 0) {
      return ExitCode.USAGE.code();
    }
    return check && changed > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static void write(Path file, String text) {
    try {
      AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw IoReason.cannotWrite(file, e);
    }
  }
}
