package org.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.gkml.i18n.Messages;

/**
 * A mutation fuzzer for the loader (issue 11): the shipped sample catalogues, copied to a temporary
 * folder, get one to three structure-aware mutations (bytes flipped, files cut short, keys deleted
 * or repeated, wrong types, deep nesting, huge scalars, other encodings, control characters, alias
 * bombs), then {@code validate} and {@code merge} run in-process. Whatever the damage: exit 0, 1 or
 * 2, no internal error or stack trace, an end within a time limit, and the same findings twice.
 */
class LoaderFuzzTest {
  private static final Path SHIPPED = Path.of("catalogs");
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final Map<String, byte[]> ORIGINAL = read(SHIPPED);
  private static final List<String> FILES =
      ORIGINAL.keySet().stream().filter(f -> !f.endsWith(".md")).toList();

  private Path root;

  /** What a mutation does to one file. */
  enum Kind {
    FLIP_BYTE,
    TRUNCATE,
    DELETE_LINE,
    DUPLICATE_LINE,
    WRONG_TYPE,
    DEEP_NESTING,
    HUGE_SCALAR,
    ENCODING,
    CONTROL_CHARACTERS,
    ALIAS_BOMB,
    EMPTY,
    SWAP_LINES
  }

  /** One mutation: a kind, the file it hits, where, and which variant of its payload. */
  record Mutation(Kind kind, int file, int at, int variant) {
    byte[] apply(byte[] in) {
      return Mutations.apply(this, in);
    }

    String path() {
      return FILES.get(file % FILES.size());
    }
  }

  @BeforeTry
  void copyShippedCatalogues() throws IOException {
    root = Files.createTempDirectory("gkml-loader-fuzz");
    for (Map.Entry<String, byte[]> e : ORIGINAL.entrySet()) {
      Path target = root.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
    }
  }

  @AfterTry
  void removeCopy() throws IOException {
    FuzzFiles.delete(root);
  }

  @Property(tries = 12, seed = "20261206")
  void anyMutantEndsCleanlyAndDeterministically(@ForAll("mutations") List<Mutation> mutations)
      throws IOException {
    for (Mutation m : mutations) {
      Path file = root.resolve(m.path());
      Files.write(file, m.apply(Files.readAllBytes(file)));
    }
    Map<String, byte[]> mutant = read(root);
    CliRun first = assertTimeoutPreemptively(LIMIT, () -> validate());
    assertClean(first, mutations);
    CliRun second = assertTimeoutPreemptively(LIMIT, () -> validate());
    assertThat(second).as("the same findings twice for %s", mutations).isEqualTo(first);
    CliRun merge =
        assertTimeoutPreemptively(
            LIMIT, () -> CliRun.of("merge", "--root", root.toString(), "--region", "511703"));
    assertClean(merge, mutations);
    assertThat(read(root).keySet())
        .as("nothing written into the tree")
        .isEqualTo(read(root).keySet());
  }

  private CliRun validate() {
    return CliRun.of("validate", "--root", root.toString(), "--format", "json", "--lang", "en");
  }

  static void assertClean(CliRun run, Object input) {
    assertThat(run.code()).as("exit code for %s: %s", input, run.err()).isBetween(0, 2);
    String internal = Messages.of(Locale.ENGLISH).get("cli.internal", "").split(":")[0];
    assertThat(run.err())
        .as("stderr for %s", input)
        .doesNotContain(internal)
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, FILES.size() - 1),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 7))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  /** The mutations themselves, aware of YAML's lines, keys and scalars. */
  static final class Mutations {
    private Mutations() {}

    static byte[] apply(Mutation m, byte[] in) {
      String text = new String(in, StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int line = lines.isEmpty() ? 0 : Math.floorMod(m.at(), lines.size());
      return switch (m.kind()) {
        case FLIP_BYTE -> {
          byte[] out = in.clone();
          if (out.length > 0) {
            out[Math.floorMod(m.at(), out.length)] ^= (byte) (1 << m.variant());
          }
          yield out;
        }
        case TRUNCATE -> Arrays.copyOf(in, in.length == 0 ? 0 : Math.floorMod(m.at(), in.length));
        case DELETE_LINE -> {
          lines.remove(line);
          yield join(lines);
        }
        case DUPLICATE_LINE -> {
          lines.add(line, lines.get(line));
          yield join(lines);
        }
        case SWAP_LINES -> {
          int other = Math.floorMod(m.at() / 7 + m.variant(), lines.size());
          String l = lines.get(line);
          lines.set(line, lines.get(other));
          lines.set(other, l);
          yield join(lines);
        }
        case WRONG_TYPE -> {
          String[] values = {
            "[]", "{}", "123", "~", "true", "!!binary AAAA", "2025-13-45", "[[{}]]"
          };
          lines.set(line, lines.get(line).replaceFirst(":\\s.*$", ": " + values[m.variant()]));
          yield join(lines);
        }
        case DEEP_NESTING -> {
          int depth = 2_000 + 1_000 * m.variant();
          String deep =
              m.variant() % 2 == 0
                  ? "[".repeat(depth) + "]".repeat(depth)
                  : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
          lines.set(line, lines.get(line).replaceFirst(":\\s.*$", ": " + deep));
          yield join(lines);
        }
        case HUGE_SCALAR -> {
          String huge = "长".repeat(100_000 << (m.variant() % 4));
          lines.set(line, lines.get(line).replaceFirst(":\\s.*$", ": " + huge));
          yield join(lines);
        }
        case ENCODING -> {
          Charset[] charsets = {
            StandardCharsets.UTF_16,
            StandardCharsets.UTF_16LE,
            Charset.forName("GB18030"),
            StandardCharsets.ISO_8859_1,
            Charset.forName("Big5"),
            StandardCharsets.UTF_16BE,
            Charset.forName("UTF-32"),
            StandardCharsets.US_ASCII
          };
          yield text.getBytes(charsets[m.variant()]);
        }
        case CONTROL_CHARACTERS -> {
          String[] controls = {
            "\u0000", "\u001B[2J", "\r", "\u202E", "\uFEFF", "\u0085", "\t", "\u2028"
          };
          StringBuilder s = new StringBuilder(text);
          s.insert(Math.floorMod(m.at(), text.length() + 1), controls[m.variant()]);
          yield s.toString().getBytes(StandardCharsets.UTF_8);
        }
        case ALIAS_BOMB -> {
          StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
          for (int i = 1; i < 10 + m.variant(); i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
          }
          lines.add(line, bomb.toString());
          yield join(lines);
        }
        case EMPTY -> new byte[0];
      };
    }

    private static byte[] join(List<String> lines) {
      return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Every file of a folder by its relative path. */
  static Map<String, byte[]> read(Path dir) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
