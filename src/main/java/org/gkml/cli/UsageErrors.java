package org.gkml.cli;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.gkml.model.Suggestion;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage errors in the user's language, with its suggestions for a misspelt command or
 * option ({@code valdate}: did you mean {@code validate}?). picocli writes its messages in English
 * only; the kinds a user meets are told in our words, anything rarer keeps picocli's.
 */
final class UsageErrors {
  private static final Pattern LANGUAGE = Pattern.compile("(?i)(zh|en)([-_][a-z0-9]+)*");

  private UsageErrors() {}

  /** Whether {@code --lang} names a language gkml speaks (zh or en, with any region). */
  static boolean knownLanguage(String lang) {
    return LANGUAGE.matcher(lang).matches();
  }

  static String describe(ParameterException e, Messages m) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String word = u.getUnmatched().get(0);
      List<String> near = u.getSuggestions();
      String hint = near.isEmpty() ? "" : m.get("cli.didYouMean", near.get(0));
      if (u.isUnknownOption()) {
        return m.get("cli.unknownOption", word, hint);
      }
      CommandLine at = e.getCommandLine();
      if (!at.getSubcommands().isEmpty() && at.getParent() == null) {
        return m.get("cli.unknownCommand", word, hint);
      }
      if (!at.getSubcommands().isEmpty() && at.getCommandSpec().positionalParameters().isEmpty()) {
        // a command made of commands only (gkml export, gkml new): the word is a misspelt one
        String command =
            Suggestion.closest(word, at.getSubcommands().keySet())
                .map(c -> m.get("cli.didYouMean", c))
                .orElse("");
        return m.get("cli.unknownSubcommand", word, at.getCommandSpec().qualifiedName(), command);
      }
      return m.get("cli.unexpectedArgument", word);
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec first = missing.getMissing().get(0);
      if (!first.isOption()) {
        return m.get("cli.missingParameter", name(first));
      }
      // picocli tells a required option left out from one given without its value only in words
      boolean absent = String.valueOf(e.getMessage()).startsWith("Missing required option");
      return m.get(absent ? "cli.missingOption" : "cli.missingValue", name(first));
    }
    if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
      return m.get("cli.optionTwice", name(o.getOverwritten()));
    }
    if (e.getCause() instanceof BadValue b && e.getArgSpec() != null) {
      Object[] args = b.args();
      Object[] all = new Object[args.length + 2];
      all[0] = name(e.getArgSpec());
      all[1] = e.getValue();
      System.arraycopy(args, 0, all, 2, args.length);
      return m.get(b.key(), all) + m.get("cli.hint", hint(e.getValue(), b.near()));
    }
    if (e.getCause() instanceof TypeConversionException t && e.getArgSpec() != null) {
      return m.get("cli.badValue", name(e.getArgSpec()), e.getValue(), t.getMessage());
    }
    return e.getMessage();
  }

  /**
   * "Did you mean" for an option value: the one of {@code words} nearest {@code given} as a text of
   * the bundle ({@code ; did you mean "sarif"?}), or "" when none is near. An argument of a usage
   * message, rendered in the message's language.
   */
  static Object hint(String given, Collection<String> words) {
    return Suggestion.closest(given == null ? null : given.strip(), words)
        .<Object>map(w -> new Messages.Text("schema.suggest", w))
        .orElse("");
  }

  /**
   * Whether the error is followed by the line pointing to the command's help: not after a value
   * whose own message says what it must look like.
   */
  static boolean pointsToHelp(ParameterException e) {
    return !(e.getCause() instanceof BadValue b) || b.pointToHelp();
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
  }
}
