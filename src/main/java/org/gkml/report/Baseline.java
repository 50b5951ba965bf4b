package org.gkml.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gkml.check.FindingSubjects;
import org.gkml.error.GkmlException;
import org.gkml.io.AtomicFile;
import org.gkml.io.IoReason;
import org.gkml.model.Finding;
import org.gkml.model.Rule;

/**
 * The findings a tree had when it adopted gkml (CLI.md 1.1 "validate --baseline"): a JSON file of
 * {@code {rule, file, subject}} entries, each with its message for the reader. A current finding is
 * known when an entry has its rule, file and subject (the item or key it is about, never its line),
 * so edits elsewhere in a file do not make old findings new. Entries count: two equal findings need
 * two entries. Files are written relative to the baseline's own folder, so the baseline matches
 * wherever gkml is run from.
 */
public final class Baseline {
  static final int VERSION = 1;

  private final Map<FindingKey, Integer> known;

  private Baseline(Map<FindingKey, Integer> known) {
    this.known = known;
  }

  /**
   * What filtering the findings against a baseline leaves: the new findings, and the known ones
   * (SARIF lists them as suppressed, so that alerts uploaded before do not close as fixed).
   */
  public record Filtered(List<Finding> fresh, List<Finding> known) {
    public Filtered {
      fresh = List.copyOf(fresh);
      known = List.copyOf(known);
    }
  }

  /** Reads a baseline; a missing or malformed file is a usage error naming it. */
  public static Baseline read(Path file) {
    JsonNode root;
    try {
      root = JsonReport.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw GkmlException.usage("baseline.missing", file);
    } catch (JsonProcessingException e) {
      // the place only: the parser's own words are English whatever the language asked for
      throw GkmlException.usage(
          "baseline.malformedAt",
          file,
          e.getLocation() == null
              ? "1:1"
              : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw GkmlException.usage("baseline.unreadable", file, IoReason.reading(file, e));
    }
    JsonNode version = root == null ? null : root.get("gkml-baseline");
    if (version != null && version.canConvertToLong() && version.asLong() > VERSION) {
      // a later gkml's format: saying "not a baseline" would send the user looking for the wrong
      // fault; its entries may mean something else, so none is guessed at
      throw GkmlException.usage(
          "baseline.newer", file, Long.toString(version.asLong()), Integer.toString(VERSION));
    }
    if (root == null
        || root.path("gkml-baseline").asInt() != VERSION
        || !root.path("findings").isArray()) {
      throw GkmlException.usage("baseline.notBaseline", file);
    }
    Map<FindingKey, Integer> known = new HashMap<>();
    for (JsonNode entry : root.path("findings")) {
      if (!entry.path("rule").isTextual() || !entry.path("file").isTextual()) {
        throw GkmlException.usage("baseline.notBaseline", file);
      }
      FindingKey key =
          new FindingKey(
              entry.path("rule").asText(),
              entry.path("file").asText(),
              entry.path("subject").asText(""));
      known.merge(key, 1, Integer::sum);
    }
    return new Baseline(known);
  }

  /** The findings that are not in this baseline (each entry excuses one finding). */
  public Filtered filter(List<Finding> findings, Function<Finding, String> subject, Path file) {
    Map<FindingKey, Integer> left = new HashMap<>(known);
    Path folder = folderOf(file);
    List<Finding> fresh = new ArrayList<>();
    List<Finding> matched = new ArrayList<>();
    for (Finding f : findings) {
      if (!recordable(f)) {
        fresh.add(f); // never excused: it is why the run exits with 2 (see write)
        continue;
      }
      FindingKey key = key(f, subject, folder);
      // a baseline of gkml 0.1 named an entry without an id by its position: where it still
      // stands there, the finding is still known
      FindingKey before =
          FindingSubjects.positional(f, key.subject())
              .map(old -> new FindingKey(key.rule(), key.file(), old))
              .orElse(null);
      if (take(left, key) || (before != null && take(left, before))) {
        matched.add(f);
      } else {
        fresh.add(f);
      }
    }
    return new Filtered(fresh, matched);
  }

  /** Uses up one entry of {@code key}, if one is left. */
  private static boolean take(Map<FindingKey, Integer> left, FindingKey key) {
    Integer n = left.get(key);
    if (n == null || n == 0) {
      return false;
    }
    left.put(key, n - 1);
    return true;
  }

  /** How many entries this baseline has. */
  public int size() {
    return known.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Whether no entry of this baseline names a file that exists, relative to the folder of {@code
   * file} (where the baseline was read from): a baseline copied elsewhere matches nothing, and
   * without a word every finding would look new.
   */
  public boolean namesNoFile(Path file) {
    Path folder = folderOf(file);
    for (FindingKey key : known.keySet()) {
      try {
        if (Files.exists(folder.resolve(key.file()))) {
          return false;
        }
      } catch (java.nio.file.InvalidPathException e) {
        // a name no file can have here: it names no file
      }
    }
    return true;
  }

  /** Whether a finding can be recorded in a baseline (see {@link Rule#unreadableFile()}). */
  public static boolean recordable(Finding f) {
    return !f.rule().unreadableFile();
  }

  /**
   * Writes the recordable findings as a baseline, atomically, in a stable order, and says how many
   * it wrote. A file that cannot be read is not recorded: it must be fixed, not adopted.
   */
  public static int write(List<Finding> findings, Function<Finding, String> subject, Path file) {
    Path folder = folderOf(file);
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("gkml-baseline", VERSION);
    ArrayNode entries = root.putArray("findings");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.removeIf(f -> !recordable(f));
    sorted.sort(Finding.ORDER);
    for (Finding f : sorted) {
      FindingKey key = key(f, subject, folder);
      ObjectNode entry = entries.addObject();
      entry.put("rule", key.rule());
      entry.put("file", key.file());
      entry.put("subject", key.subject());
      entry.put("message", f.message());
    }
    try {
      AtomicFile.write(
          file,
          out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonReport.MAPPER.writeValue(w, root);
            w.write('\n');
            w.flush();
          });
    } catch (IOException e) {
      throw IoReason.cannotWrite(file, e);
    }
    return sorted.size();
  }

  private static FindingKey key(Finding f, Function<Finding, String> subject, Path folder) {
    Path source = f.loc().file().path().toAbsolutePath().normalize();
    String relative;
    try {
      relative = folder.relativize(source).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) { // another drive: no relative path exists
      relative = source.toString().replace('\\', '/');
    }
    return new FindingKey(f.rule().id(), relative, subject.apply(f));
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }
}
