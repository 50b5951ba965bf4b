package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.gkml.cache.ValidationCache;
import org.gkml.check.Validation;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;

/**
 * After any sequence of edits to a tree (breaking and mending files, renaming, deleting, copying,
 * changing the config or a basic catalogue: its ids, its version, its policy, an id an overlay
 * adds; misspelling an overlay's domain and mending it, above all the domain of a county overlay
 * whose township modifies what it adds; a slip in an overlay's region code, a county's above all),
 * a cached whole-tree validate reports exactly what an uncached one does: findings, suppressed
 * findings, subjects, files and the unreadable flag.
 */
class ValidationCachePropertyTest {
  private static final Messages EN = Messages.of(Locale.ENGLISH);

  enum Kind {
    BREAK,
    MEND,
    RENAME,
    DELETE,
    COPY,
    COMMENT,
    SUPPRESS,
    CONFIG,
    BASIC,
    BASIC_TAKES_ADDED_ID,
    BASIC_VERSION,
    BASIC_POLICY,
    BASIC_BREAK,
    CLASH,
    RETARGET,
    SHIFT,
    DOMAIN_TYPO,
    PARENT_DOMAIN_TYPO,
    CODE_SLIP,
    PARENT_CODE_SLIP
  }

  record Edit(Kind kind, int file) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 99))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * Regression (found by the property below): the county overlay's code slipped, then a village
   * overlay adds an id the county adds too; the clash is reported in the county's file, which the
   * partial re-check did not read again.
   */
  @Example
  void aClashWithAnOverlayWhoseCodeSlippedIsReportedFromTheCacheToo() throws IOException {
    cachedFindingsEqualUncachedOnesAfterAnyEdits(
        List.of(
            new Edit(Kind.PARENT_CODE_SLIP, 0),
            new Edit(Kind.BREAK, 16),
            new Edit(Kind.CLASH, 21)));
  }

  @Property(tries = 8)
  void cachedFindingsEqualUncachedOnesAfterAnyEdits(@ForAll("edits") List<Edit> edits)
      throws IOException {
    Path work = Files.createTempDirectory("gkml-cache-property");
    try {
      Path root = work.resolve("catalogs");
      ValidationCacheTest.copy(Path.of("catalogs"), root);
      ValidationCache cache = ValidationCache.at(work.resolve("cache"), "1.0");
      Pipelines.of(EN).validateWhole(root, cache); // an entry for the tree as it was
      for (Edit e : edits) {
        apply(root, e);
        String uncached = render(Pipelines.of(EN).validate(root, null), null);
        for (int run = 0; run < 2; run++) { // a miss (or a state seen before), then a hit
          ValidationCache.Outcome o = Pipelines.of(EN).validateWhole(root, cache);
          if (run == 1) {
            assertThat(o.hit()).isTrue();
          } else {
            Statistics.label("checked").collect(o.hit() ? "cache" : o.partial() ? "part" : "whole");
          }
          assertThat(render(o.validation(), o.subjects())).as(e.toString()).isEqualTo(uncached);
        }
      }
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static String render(Validation v, Function<Finding, String> subjects) {
    Function<Finding, String> about = subjects == null ? v.subjects() : subjects;
    StringBuilder s = new StringBuilder();
    for (Finding f : v.findings()) {
      s.append(line(f, about)).append('\n');
    }
    v.suppressed().forEach(x -> s.append("suppressed ").append(line(x.finding(), about)));
    s.append(v.files()).append(' ').append(v.unreadable());
    return s.toString();
  }

  private static String line(Finding f, Function<Finding, String> about) {
    return String.join(
        " ",
        f.loc().file().display(),
        f.loc().file().path().toAbsolutePath().toString(),
        f.loc().line() + ":" + f.loc().column(),
        f.loc().pointer(),
        f.rule().id(),
        f.severity().name(),
        f.message(),
        about.apply(f));
  }

  private static void apply(Path root, Edit e) throws IOException {
    List<Path> overlays = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root.resolve("regions"))) {
      all.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(overlays::add);
    }
    Path file = overlays.isEmpty() ? null : overlays.get(e.file() % overlays.size());
    switch (e.kind()) {
      case BREAK -> rewrite(file, t -> t.replaceFirst("mode: 主动", "mode: 主动公开"));
      case MEND -> rewrite(file, t -> t.replace("mode: 主动公开", "mode: 主动"));
      case RENAME -> {
        if (file != null) {
          Files.move(file, file.resolveSibling("renamed-" + file.getFileName()));
        }
      }
      case DELETE -> {
        if (file != null) {
          Files.delete(file);
        }
      }
      case COPY -> {
        if (file != null) {
          Files.copy(file, file.resolveSibling("copy-" + e.file() + "-" + file.getFileName()));
        }
      }
      case COMMENT -> rewrite(file, t -> t + "# note " + e.file() + "\n");
      case SUPPRESS ->
          rewrite(
              file,
              t ->
                  t.replaceFirst("mode: 主动公开", "mode: 主动公开 # gkml-ignore GK001: kept as imported"));
      case CLASH -> rewrite(file, t -> t.replaceFirst("(add:\n  - id: )\\S+", "$1511703-AQSC-002"));
      case RETARGET -> rewrite(file, t -> t.replaceFirst("(modify:\n  - id: )\\S+", "$1JYCY-001"));
      case SHIFT -> rewrite(file, t -> t.replaceFirst("\n", "\n# moved down a line\n"));
      case DOMAIN_TYPO -> rewrite(file, ValidationCachePropertyTest::toggleDomainTypo);
      case PARENT_DOMAIN_TYPO ->
          rewrite(
              root.resolve("regions/511703-达川区/safety-production.yaml"),
              ValidationCachePropertyTest::toggleDomainTypo);
      case CODE_SLIP -> rewrite(file, ValidationCachePropertyTest::toggleCodeSlip);
      case PARENT_CODE_SLIP ->
          rewrite(
              root.resolve("regions/511703-达川区/safety-production.yaml"),
              ValidationCachePropertyTest::toggleCodeSlip);
      case CONFIG -> rewrite(root.resolve("gkml.yaml"), t -> t.replace("  - 投资项目在线审批监管平台\n", ""));
      case BASIC ->
          rewrite(
              root.resolve("basic/employment.yaml"),
              t ->
                  t.contains("id: JYCY-001")
                      ? t.replace("id: JYCY-001", "id: JYCY-901")
                      : t.replace("id: JYCY-901", "id: JYCY-001"));
      case BASIC_TAKES_ADDED_ID ->
          rewrite(
              root.resolve("basic/safety-production.yaml"),
              t -> toggle(t, "id: AQSC-004\n", "id: 511703-AQSC-001\n"));
      case BASIC_VERSION ->
          rewrite(
              root.resolve("basic/rural-dilapidated-housing.yaml"),
              t -> toggle(t, "version: \"2025.1\"", "version: \"2025.2\""));
      case BASIC_POLICY ->
          rewrite(
              root.resolve("basic/safety-production.yaml"),
              t -> toggle(t, "removable: optional-only", "removable: never"));
      case BASIC_BREAK ->
          rewrite(
              root.resolve("basic/social-insurance.yaml"),
              t -> toggle(t, "mode: 主动\n", "mode: 主动公开\n"));
    }
  }

  /**
   * The last two digits of an overlay's region code swapped (511703 → 511730), or swapped back: a
   * code that is a slip, its folder and the register naming the code meant.
   */
  static String toggleCodeSlip(String text) {
    return Pattern.compile("code: \"(\\d+)(\\d)(\\d)\"")
        .matcher(text)
        .replaceFirst(m -> "code: \"" + m.group(1) + m.group(3) + m.group(2) + "\"");
  }

  /** An overlay's {@code domain} misspelt (a character too many), or mended if it was. */
  private static String toggleDomainTypo(String text) {
    Pattern misspelt = Pattern.compile("(?m)^domain: (\\S+)误$");
    return misspelt.matcher(text).find()
        ? misspelt.matcher(text).replaceFirst("domain: $1")
        : text.replaceFirst("(?m)^domain: (\\S+)$", "domain: $1误");
  }

  /** {@code text} with the first {@code a} made {@code b}, or else the first {@code b} made a. */
  private static String toggle(String text, String a, String b) {
    return text.contains(a)
        ? text.replaceFirst(Pattern.quote(a), Matcher.quoteReplacement(b))
        : text.replaceFirst(Pattern.quote(b), Matcher.quoteReplacement(a));
  }

  private static void rewrite(Path file, Function<String, String> change) throws IOException {
    if (file == null || !Files.exists(file)) {
      return;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, change.apply(text), StandardCharsets.UTF_8);
  }
}
