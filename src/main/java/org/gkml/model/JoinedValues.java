package org.gkml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Several values written as one text ({@code 全社会、特定群体}, {@code 县级,乡级}, {@code 政府网站，两微一端}, {@code 县级
 * 乡级}): a table's cell copied whole, or a list typed the way Chinese prose lists things. Such a
 * text is no misspelling of one of the values: a "did you mean" naming one of them would drop the
 * others (and suggest a weaker item: 特定群体 for 全社会、特定群体), so the message says what the text is
 * instead: a list to write as one, or several values where one is allowed.
 */
public final class JoinedValues {
  /**
   * What Chinese and English prose put between the things of a list: the enumeration comma 、,
   * commas and semicolons of either width, white space including the ideographic space. Not the
   * slash: channels have it in their names (发布会/听证会).
   */
  private static final Pattern SEPARATORS = Pattern.compile("[、，,；;\\s\\u3000]+");

  private JoinedValues() {}

  /**
   * The values {@code text} joins, each as {@code meaning} reads it (the allowed word it is, or
   * stands for), each once, when it joins two or more and every one of them means an allowed value;
   * empty otherwise (one value, or a part that is no value: 全社会、公众 is not two audiences).
   */
  public static Optional<List<String>> split(
      String text, Function<String, Optional<String>> meaning) {
    if (text == null || !SEPARATORS.matcher(text.strip()).find()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (String part : SEPARATORS.split(text.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      Optional<String> meant = meaning.apply(part);
      if (meant.isEmpty()) {
        return Optional.empty();
      }
      if (!values.contains(meant.get())) {
        values.add(meant.get()); // 县级、县级 is one value written twice
      }
    }
    return values.size() >= 2 ? Optional.of(List.copyOf(values)) : Optional.empty();
  }

  /** Values as a YAML flow list, as the author would write them: {@code [县级, 乡级]}. */
  public static String flowList(List<String> values) {
    return "[" + String.join(", ", values) + "]";
  }
}
