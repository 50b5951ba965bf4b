package org.gkml.cli;

import java.util.Collection;
import java.util.List;
import picocli.CommandLine.TypeConversionException;

/**
 * An option value a converter refuses, told in the user's language: converters run inside picocli,
 * before a command knows its {@code Messages}, so they name a bundle message and {@link
 * UsageErrors} words it. The message's arguments are the option's name, the value as given, then
 * {@code args}.
 */
final class BadValue extends TypeConversionException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;
  private final boolean pointToHelp;
  private final transient List<String> near;
  private final boolean region;
  private final String meant;

  private BadValue(
      String key,
      boolean pointToHelp,
      List<String> near,
      boolean region,
      String meant,
      Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
    this.pointToHelp = pointToHelp;
    this.near = List.copyOf(near);
    this.region = region;
    this.meant = meant;
  }

  /**
   * A value that is none of the option's words: "--format: "xml" is not valid (text, json …)",
   * followed by where to read the command's help.
   */
  static BadValue notOneOf(Choices.Words choices) {
    return new BadValue("cli.badValue", true, choices.words(), false, null, choices.words());
  }

  /**
   * A value a message of its own explains in full (what the value must look like); it stands alone
   * on its line, as every usage error a command finds does.
   */
  static BadValue because(String key, Object... args) {
    return new BadValue(key, false, List.of(), false, null, args);
  }

  /** The same refusal, suggesting the one of {@code words} nearest the value given, if any. */
  BadValue suggesting(Collection<String> words) {
    return new BadValue(key, pointToHelp, List.copyOf(words), region, meant, args);
  }

  /**
   * The same refusal of a value that means {@code word} (a synonym or another script of one of the
   * option's words: 镇级 means 乡级), suggested whatever its spelling; null: nothing known.
   */
  BadValue meaning(String word) {
    return new BadValue(key, pointToHelp, near, region, word, args);
  }

  /** The word the value means, suggested before the nearest one; null if none is known. */
  String meant() {
    return meant;
  }

  /**
   * The same refusal of a value meant as a region: the hint comes from the tree's register ({@code
   * 石桥镇} is a region's name, {@code ５１１７０３} a code in full-width digits), read only then.
   */
  BadValue namingRegion() {
    return new BadValue(key, pointToHelp, near, /* region= */ true, meant, args);
  }

  /** Whether the value was meant as a region (see {@link #namingRegion}). */
  boolean namesRegion() {
    return region;
  }

  /** The words a value may be, one of which is suggested for a misspelt value. */
  List<String> near() {
    return near;
  }

  String key() {
    return key;
  }

  /** The message's arguments after the option's name and value. */
  Object[] args() {
    return args.clone();
  }

  /** Whether the error is followed by the line that points to {@code --help}. */
  boolean pointToHelp() {
    return pointToHelp;
  }
}
