package org.gkml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one syntax fixture files use to name the findings they must produce (see {@code
 * src/test/resources/README.md}): a YAML comment
 *
 * <pre>{@code # expect: GK103 12:15 [error|warning|info]}</pre>
 *
 * anywhere in a file of the case — rule id, line and column (1-based) of the finding in that same
 * file, optionally its severity; several findings may follow one {@code expect:}. Files are read
 * byte-wise, so a fixture in any encoding can carry its expectations.
 */
public final class Expectations {
  private static final Pattern COMMENT = Pattern.compile("#\\s*expect:(.*)$");
  private static final Pattern FINDING =
      Pattern.compile("(GK\\d{3})\\s+(\\d+):(\\d+)(?:\\s+(error|warning|info))?");

  private Expectations() {}

  /**
   * One finding as a fixture states it.
   *
   * @param file the file, relative to the case folder, with {@code /}
   * @param severity the severity word, or null when the fixture does not say
   */
  public record Expected(String file, String rule, int line, int column, String severity)
      implements Comparable<Expected> {
    @Override
    public int compareTo(Expected o) {
      return Comparator.comparing(Expected::file)
          .thenComparingInt(Expected::line)
          .thenComparingInt(Expected::column)
          .thenComparing(Expected::rule)
          .compare(this, o);
    }

    public Expected withoutSeverity() {
      return new Expected(file, rule, line, column, null);
    }

    @Override
    public String toString() {
      return file
          + ":"
          + line
          + ":"
          + column
          + " "
          + rule
          + (severity == null ? "" : " " + severity);
    }
  }

  /** The {@code # expect:} comments of every file below {@code caseDir}, in file order. */
  public static List<Expected> of(Path caseDir) throws IOException {
    List<Expected> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(caseDir)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r?\n")) {
          Matcher comment = COMMENT.matcher(line);
          if (!comment.find()) {
            continue;
          }
          Matcher e = FINDING.matcher(comment.group(1));
          while (e.find()) {
            out.add(
                new Expected(
                    relative(caseDir, file),
                    e.group(1),
                    Integer.parseInt(e.group(2)),
                    Integer.parseInt(e.group(3)),
                    e.group(4)));
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** {@code file} relative to {@code caseDir}, with {@code /}: how {@link Expected} names it. */
  public static String relative(Path caseDir, Path file) {
    return caseDir
        .toAbsolutePath()
        .normalize()
        .relativize(file.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }
}
