package org.gkml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.gkml.load.TreeLoader;
import org.gkml.model.Suggestion;
import org.gkml.resolve.RegionSuggestion;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage errors in the user's language, with gkml's suggestion ({@link Suggestion}, the
 * rule every misspelt word gets) for a misspelt command or option ({@code valdate}: did you mean
 * {@code validate}?). picocli writes its messages in English only; every kind a user can meet is
 * told in our words.
 */
final class UsageErrors {
  private static final Pattern LANGUAGE = Pattern.compile("(?i)(zh|en)([-_][a-z0-9]+)*");

  private UsageErrors() {}

  /** Whether {@code --lang} names a language gkml speaks (zh or en, with any region). */
  static boolean knownLanguage(String lang) {
    return LANGUAGE.matcher(lang).matches();
  }

  /**
   * The error in {@code m}'s language; {@code root} is the catalogue root the command line names,
   * whose register a misnamed region is looked up in.
   */
  static String describe(ParameterException e, Messages m, Path root) {
    return describe(e, m, root, List.of());
  }

  /** As {@link #describe(ParameterException, Messages, Path)}, knowing the words typed. */
  static String describe(ParameterException e, Messages m, Path root, List<String> typed) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String word = u.getUnmatched().get(0);
      CommandLine at = e.getCommandLine();
      if (u.isUnknownOption()) {
        String option = typedCluster(optionPart(word), typed);
        // -region for --region: which commands take it is told of the option meant
        String meant = longForm(option);
        if (at.getCommand() instanceof CommandGroup group) {
          return withoutCommand(group, at, option, meant, m);
        }
        List<String> takers = commandsTaking(meant);
        if (!takers.isEmpty()) {
          // a right option of another command (build --region): a spelling hint would mislead
          return m.get("cli.optionOfOthers", at.getCommandSpec().qualifiedName(), meant, takers);
        }
        return m.get("cli.unknownOption", option, didYouMean(m, nearestOption(option, at)));
      }
      if (!at.getSubcommands().isEmpty() && at.getParent() == null) {
        return m.get(
            "cli.unknownCommand", word, didYouMean(m, meant(word, at.getSubcommands().keySet())));
      }
      if (!at.getSubcommands().isEmpty() && at.getCommandSpec().positionalParameters().isEmpty()) {
        // a command made of commands only (gkml export, gkml new): the word is a misspelt one
        return m.get(
            "cli.unknownSubcommand",
            word,
            at.getCommandSpec().qualifiedName(),
            didYouMean(m, meant(word, at.getSubcommands().keySet())));
      }
      Optional<String> misspelt = misspeltSubcommand(at);
      if (misspelt.isPresent()) {
        // import xlxs FILE: the misspelt command was taken for the file, and FILE is one too many
        return notFileNorCommand(misspelt.get(), at, m);
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
      CommandLine at = e.getCommandLine();
      if (absent && writtenBeforeCommand(first, at, typed)) {
        // gkml new --domain X overlay: the option was given, to the group, which has none
        return m.get("cli.optionBeforeCommand", name(first), at.getCommandSpec().qualifiedName());
      }
      Optional<String> slip =
          absent ? misspeltRequired((OptionSpec) first, at, typed) : Optional.empty();
      if (slip.isPresent()) {
        // new overlay --domian X: picocli misses the required option before the unknown one
        return m.get("cli.unknownOption", slip.get(), didYouMean(m, Optional.of(name(first))));
      }
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
      Object hint =
          b.namesRegion()
              ? RegionSuggestion.hint(e.getValue(), TreeLoader.registerAlone(root, m))
              : b.meant() != null
                  ? new Messages.Text("schema.suggest", b.meant())
                  : hint(e.getValue(), b.near());
      return m.get(b.key(), all) + m.get("cli.hint", hint);
    }
    if (e.getCause() instanceof TypeConversionException && e.getArgSpec() != null) {
      return notConverted(e.getArgSpec(), e.getValue(), m);
    }
    return e.getMessage();
  }

  /**
   * A command group named without its command and given an option ({@code gkml export --region
   * 511703}): what to name comes first, then which of its commands take the option.
   */
  private static String withoutCommand(
      CommandGroup group, CommandLine at, String option, String meant, Messages m) {
    String missing = group.missingSubcommand(at.getCommandSpec(), m);
    List<String> takers = new ArrayList<>();
    at.getCommandSpec()
        .subcommands()
        .forEach(
            (name, sub) ->
                collectTakers(
                    sub.getCommandSpec(), at.getCommandSpec().name() + " " + name, meant, takers));
    return takers.isEmpty()
        ? m.get("cli.groupUnknownOption", missing, option)
        : m.get("cli.groupOption", missing, meant, takers);
  }

  /** {@code --region} for {@code -region}, a long option's name after one dash; else as given. */
  private static String longForm(String option) {
    return option.startsWith("-")
            && !option.startsWith("--")
            && OPTION_NAME.matcher(option.substring(1)).matches()
        ? "-" + option
        : option;
  }

  /**
   * Words users type for gkml's own, in other tools or in everyday speech: a check is {@code
   * validate}, Excel and Word are the formats {@code xlsx} and {@code docx}. Suggested only where
   * the word they stand for is one of those allowed.
   */
  private static final Map<String, String> SYNONYMS =
      Map.of(
          "lint", "validate",
          "check", "validate",
          "verify", "validate",
          "excel", "xlsx",
          "xls", "xlsx",
          "word", "docx");

  /**
   * The one of {@code words} (commands, formats, option values) meant by {@code given}: its nearest
   * spelling or a synonym's ({@link #SYNONYMS}), by gkml's one rule ({@link Suggestion}).
   */
  static Optional<String> meant(String given, Collection<String> words) {
    Map<String, String> meanings = new LinkedHashMap<>();
    words.forEach(w -> meanings.put(w, w));
    SYNONYMS.forEach(
        (synonym, word) -> {
          if (words.contains(word)) {
            meanings.putIfAbsent(synonym, word);
          }
        });
    return Suggestion.closest(given, meanings);
  }

  /**
   * The subcommand the first argument of a command that takes both a file and subcommands ({@code
   * gkml import FILE}, {@code gkml import xlsx FILE}) misspells, when it names no existing file:
   * {@code xlxs}, {@code excel}.
   */
  static Optional<String> misspeltSubcommand(CommandLine at) {
    if (at.getSubcommands().isEmpty() || at.getCommandSpec().positionalParameters().isEmpty()) {
      return Optional.empty();
    }
    List<String> given = at.getCommandSpec().positionalParameters().get(0).originalStringValues();
    return given.isEmpty() || !commandLike(given.get(0))
        ? Optional.empty()
        : meant(given.get(0), at.getSubcommands().keySet()).map(x -> given.get(0));
  }

  /**
   * Whether a word given for a file may be a misspelt command instead: no file of that name, and a
   * word as commands are, without a dot or a folder ({@code x.xlsx} is a file, however near xlsx).
   */
  static boolean commandLike(String word) {
    return !word.contains(".") && !word.contains("/") && !word.contains("\\") && !exists(word);
  }

  /** "xlxs" is neither a file nor a command of gkml import; did you mean "xlsx"? */
  static String notFileNorCommand(String word, CommandLine at, Messages m) {
    return m.get(
        "cli.notFileNorCommand",
        word,
        at.getCommandSpec().qualifiedName(),
        didYouMean(m, meant(word, at.getSubcommands().keySet())));
  }

  /**
   * A value picocli's own converters refuse, said by the option's type: picocli's text ("'abc' is
   * not an int") is English whatever the language.
   */
  private static String notConverted(ArgSpec arg, String value, Messages m) {
    Class<?> type = arg.type();
    String name = name(arg);
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      String digits = value == null ? "" : value.strip();
      boolean whole = digits.matches("[-+]?[0-9]+");
      return m.get(whole ? "cli.numberOutOfRange" : "cli.notANumber", name, value);
    }
    if (type == Boolean.class || type == boolean.class) {
      return m.get("cli.notABoolean", name, value);
    }
    if (type == java.nio.file.Path.class || type == java.io.File.class) {
      return m.get("cli.badPath", name, value);
    }
    List<String> words = new ArrayList<>();
    if (type.isEnum()) {
      // as users may type them (gkml allows enum values in any case), not as Java names them
      for (Object constant : type.getEnumConstants()) {
        words.add(constant.toString().toLowerCase(java.util.Locale.ROOT));
      }
    } else if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(words::add);
    }
    return words.isEmpty()
        ? m.get("cli.badValueOf", name, value)
        : m.get("cli.badValue", name, value, words) + m.get("cli.hint", hint(value, words));
  }

  /**
   * The catalogue root {@code args} name: the last {@code --root DIR} or {@code --root=DIR}, else
   * the default. Read from the words themselves, since picocli stopped at the error, perhaps before
   * reaching {@code --root}.
   */
  static Path rootNamed(String... args) {
    String root = CommonOptions.DEFAULT_ROOT;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--root") && i + 1 < args.length) {
        root = args[++i];
      } else if (args[i].startsWith("--root=")) {
        root = args[i].substring("--root=".length());
      }
    }
    try {
      return Path.of(root);
    } catch (java.nio.file.InvalidPathException e) {
      return Path.of(CommonOptions.DEFAULT_ROOT);
    }
  }

  /**
   * Dashes a Chinese input method or a word processor types for {@code -}: the em dash (two of them
   * for one key, ——), en dash, figure dash, horizontal bar, minus sign, full-width hyphen-minus and
   * their small forms. picocli sees {@code ——region} as no option at all (an argument too many, or
   * a file that does not exist).
   */
  private static final Pattern IME_DASHES =
      Pattern.compile("[-\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]+");

  /** An option written with an input method's dashes, and the command it was given to. */
  record DashedOption(String message, CommandLine at) {}

  /**
   * The first of {@code args} that is an option of the command it follows written with an input
   * method's dashes ({@code ——region}, {@code －－format}), said with the option meant; empty if
   * none. Read before parsing: picocli would take such a word for a file or an argument too many. A
   * word naming an existing file is left alone, as is everything after {@code --}.
   */
  static Optional<DashedOption> dashedOption(CommandLine root, Messages m, String... args) {
    CommandLine at = root;
    boolean value = false;
    for (String a : args) {
      if (value) {
        value = false; // the value of the option before it (--region -x is picocli's to judge)
        continue;
      }
      if (a.equals("--")) {
        break;
      }
      CommandLine sub = at.getSubcommands().get(a);
      if (sub != null) {
        at = sub;
        continue;
      }
      OptionSpec taking = at.getCommandSpec().findOption(a);
      if (taking != null && taking.arity().min() > 0) {
        value = true;
        continue;
      }
      Optional<String> long1 = singleDashLong(a, at);
      if (long1.isPresent()) {
        String word = a.indexOf('=') > 0 ? a.substring(0, a.indexOf('=')) : a;
        return Optional.of(
            new DashedOption(m.get("cli.unknownOption", word, didYouMean(m, long1)), at));
      }
      java.util.regex.Matcher dashes = IME_DASHES.matcher(a);
      if (!dashes.lookingAt() || dashes.group().chars().allMatch(c -> c == '-') || exists(a)) {
        continue;
      }
      String name = Suggestion.fold(a.substring(dashes.end()));
      int eq = name.indexOf('=');
      name = eq >= 0 ? name.substring(0, eq) : name;
      if (name.isEmpty() || !Character.isLetter(name.codePointAt(0))) {
        continue;
      }
      String option = (name.length() == 1 ? "-" : "--") + name;
      Optional<String> meant = optionOf(option, at);
      if (meant.isPresent()) {
        return Optional.of(new DashedOption(m.get("cli.dashOption", a, meant.get()), at));
      }
    }
    return Optional.empty();
  }

  /** A word of letters, digits and inner hyphens, as long option names are. */
  private static final Pattern OPTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]");

  /**
   * The long option {@code word} means when it is one written with a single dash ({@code -output},
   * {@code -changed}, {@code -format=json}, their slips and prefixes: {@code -outptu}, {@code
   * -out}); empty for real short options ({@code -q}, {@code -qo FILE}, {@code -oreport.sarif}).
   * picocli reads {@code -output} as {@code -o utput} and writes a file named {@code utput}, and
   * {@code -quiet} as {@code -q} and an unknown {@code -uiet}. The rule (docs/merge.md):
   *
   * <ul>
   *   <li>letters that are all short options of the command, only the last taking a value, are
   *       those options ({@code -qo FILE});
   *   <li>the name of a long option of the command after one dash is that option, whatever short
   *       options its letters also spell;
   *   <li>after short options of which one takes a value ({@code -ofile}: {@code -o} and {@code
   *       file}), the word is that value unless it is a slip of a long option's name ({@link
   *       Suggestion#slip}: {@code -outptu}) or begins one ({@code -out}): a file name is not
   *       refused for being merely near one ({@code -oout});
   *   <li>anything else picocli refuses itself, and {@link #describe} reads it as the long option
   *       it spells ({@code validate -region}: an option of merge, …) or suggests the nearest.
   * </ul>
   */
  static Optional<String> singleDashLong(String word, CommandLine at) {
    if (!word.startsWith("-") || word.startsWith("--") || exists(word)) {
      return Optional.empty();
    }
    int eq = word.indexOf('=');
    String name = word.substring(1, eq > 0 ? eq : word.length());
    CommandSpec spec = at.getCommandSpec();
    if (!OPTION_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Map<String, String> longNames = new LinkedHashMap<>();
    for (OptionSpec o : spec.options()) {
      for (String n : o.names()) {
        if (!o.hidden() && n.startsWith("--")) {
          longNames.putIfAbsent(Suggestion.fold(n.substring(2)), n);
        }
      }
    }
    String folded = Suggestion.fold(name);
    if (longNames.containsKey(folded)) {
      return Optional.of(longNames.get(folded));
    }
    Boolean valueAttached = shortCluster(name, spec);
    if (valueAttached == null) {
      // no short options: picocli refuses it, and its error tells which commands take --name
      return Optional.empty();
    }
    if (!valueAttached) {
      return Optional.empty(); // -qo: short options, each meant
    }
    Optional<String> slip = Suggestion.slip(folded, longNames);
    if (slip.isPresent()) {
      return slip;
    }
    List<String> begun = longNames.keySet().stream().filter(n -> n.startsWith(folded)).toList();
    return begun.size() == 1 ? Optional.of(longNames.get(begun.get(0))) : Optional.empty();
  }

  /**
   * How {@code letters} read as short options of {@code spec}: false when they are all options
   * (only the last taking a value), true when an option taking a value comes before the end (the
   * rest is its value: {@code -ofile}), null when a letter is no option (before any taking a
   * value).
   */
  private static Boolean shortCluster(String letters, CommandSpec spec) {
    for (int i = 0; i < letters.length(); i++) {
      OptionSpec o = spec.findOption(letters.charAt(i));
      if (o == null) {
        return null;
      }
      if (o.arity().max() > 0) {
        return i < letters.length() - 1;
      }
    }
    return false;
  }

  /** {@code option} if the command or one it belongs to takes it, else the nearest long one. */
  private static Optional<String> optionOf(String option, CommandLine at) {
    for (CommandLine c = at; c != null; c = c.getParent()) {
      if (c.getCommandSpec().findOption(option) != null) {
        return Optional.of(option);
      }
    }
    return option.startsWith("--") ? nearestOption(option, at) : Optional.empty();
  }

  private static boolean exists(String word) {
    try {
      return java.nio.file.Files.exists(Path.of(word));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * The gkml commands ({@code merge}, {@code export xlsx}) that take the long option {@code
   * option}. Only the command run is registered for a run (Gkml), so the others' models are built
   * here, on the error's path only.
   */
  static List<String> commandsTaking(String option) {
    List<String> takers = new ArrayList<>();
    if (!option.startsWith("--")) {
      return takers;
    }
    GkmlCommand.SUBCOMMANDS.forEach(
        (name, type) -> collectTakers(CommandSpec.forAnnotatedObject(type), name, option, takers));
    return takers;
  }

  private static void collectTakers(
      CommandSpec spec, String name, String option, List<String> takers) {
    if (spec.findOption(option) != null) {
      takers.add(name);
    }
    spec.subcommands()
        .forEach(
            (sub, line) -> collectTakers(line.getCommandSpec(), name + " " + sub, option, takers));
  }

  /**
   * The word typed of which picocli names the rest: for {@code -qxyz} it read {@code -q} and
   * reports {@code -xyz}, which the user never wrote.
   */
  private static String typedCluster(String option, List<String> typed) {
    if (option.startsWith("--") || !option.startsWith("-") || typed.contains(option)) {
      return option;
    }
    for (String t : typed) {
      String w = optionPart(t);
      if (w.startsWith("-") && !w.startsWith("--") && w.endsWith(option.substring(1))) {
        return w;
      }
    }
    return option;
  }

  /** The option of {@code --name=value}: the name alone. */
  private static String optionPart(String word) {
    int eq = word.indexOf('=');
    return word.startsWith("-") && eq > 0 ? word.substring(0, eq) : word;
  }

  /**
   * The option of the command nearest a misspelt one, by gkml's rule ({@link Suggestion}) rather
   * than picocli's, which misses a transposition ({@code --fromat}). Compared without the leading
   * dashes, which every option shares: they would make {@code --foo} look near {@code --root}.
   */
  static Optional<String> nearestOption(String given, CommandLine at) {
    Map<String, String> byBareName = new LinkedHashMap<>();
    for (OptionSpec o : at.getCommandSpec().options()) {
      if (o.hidden()) {
        continue;
      }
      for (String n : o.names()) {
        if (n.startsWith("--")) {
          byBareName.putIfAbsent(bare(n), n);
        }
      }
    }
    String name = Suggestion.fold(bare(optionPart(given)));
    for (Map.Entry<String, String> e : byBareName.entrySet()) {
      if (!e.getValue().equals(given) && Suggestion.fold(e.getKey()).equals(name)) {
        // -changed for --changed: the name is right, only a dash is missing; Suggestion leaves a
        // word equal to a candidate alone, and would offer the next nearest (--staged)
        return Optional.of(e.getValue());
      }
    }
    return Suggestion.closest(name, byBareName.keySet()).map(byBareName::get);
  }

  private static String bare(String option) {
    int i = 0;
    while (i < option.length() && option.charAt(i) == '-') {
      i++;
    }
    return option.substring(i);
  }

  private static String didYouMean(Messages m, Optional<String> word) {
    return word.map(w -> m.get("cli.didYouMean", w)).orElse("");
  }

  /**
   * "Did you mean" for an option value: the one of {@code words} nearest {@code given} as a text of
   * the bundle ({@code ; did you mean "sarif"?}), or "" when none is near. An argument of a usage
   * message, rendered in the message's language.
   */
  static Object hint(String given, Collection<String> words) {
    return meant(given == null ? null : given.strip(), words)
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

  /**
   * Whether {@code option}, an option of the command {@code at} of a group (gkml new overlay), was
   * typed before that command's name, where the group takes it for one of its own.
   */
  /**
   * The long option typed after the command that the command does not know and that is nearest the
   * required option {@code missing}: the option meant, misspelt.
   */
  private static Optional<String> misspeltRequired(
      OptionSpec missing, CommandLine at, List<String> args) {
    int command = args.indexOf(at.getCommandName());
    for (int i = command + 1; i < args.size(); i++) {
      String word = optionPart(args.get(i));
      if (word.equals("--")) {
        break; // the rest are parameters
      }
      if (word.startsWith("--")
          && at.getCommandSpec().findOption(word) == null
          && nearestOption(word, at).filter(List.of(missing.names())::contains).isPresent()) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private static boolean writtenBeforeCommand(ArgSpec option, CommandLine at, List<String> args) {
    if (at.getParent() == null || !(at.getParent().getCommand() instanceof CommandGroup)) {
      return false;
    }
    int command = args.indexOf(at.getCommandName());
    for (int i = 0; i < command; i++) {
      for (String name : ((OptionSpec) option).names()) {
        if (args.get(i).equals(name) || args.get(i).startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }
}
