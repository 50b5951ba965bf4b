package org.gkml.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gkml.check.FindingSubjects;
import org.gkml.error.GkmlException;
import org.gkml.io.AtomicFile;
import org.gkml.io.IoReason;
import org.gkml.io.RealPath;
import org.gkml.load.BoundedInput;
import org.gkml.model.Finding;
import org.gkml.model.Rule;

/**
 * The findings a tree had when it adopted gkml (CLI.md 1.1 "validate --baseline"): a JSON file of
 * {@code {rule, file, subject}} entries, each with its message for the reader. A current finding is
 * known when an entry has its rule, file and subject (the item or key it is about, never its line),
 * so edits elsewhere in a file do not make old findings new. Entries count: two equal findings need
 * two entries. Files are written relative to the baseline's own folder, so the baseline matches
 * wherever gkml is run from; they are matched as the file system resolves them, so a folder reached
 * through a symbolic link (a shell's logical {@code $PWD}) names the same files as its real path.
 */
public final class Baseline {
  /** Larger baselines are refused unread: 64 MB holds some 400,000 findings. */
  static final long MAX_BYTES = 64L << 20;

  static final int VERSION = 1;

  /** The byte order mark some editors and shells put before UTF-8 text. */
  private static final String BOM = "\uFEFF";

  /** The entries, each file as its real path (see {@link #located}), with how many each has. */
  private final Map<FindingKey, Integer> known;

  /** How many entries the file has, those naming no possible path included. */
  private final int size;

  private Baseline(Map<FindingKey, Integer> known, int size) {
    this.known = known;
    this.size = size;
  }

  /**
   * The folder a baseline's paths are relative to, as the baseline's path spells it and as the file
   * system resolves it. The two differ when that path goes through a symbolic link: the working
   * directory Java sees is physical, a path typed from a shell's {@code $PWD} may be logical.
   */
  private record Folder(Path written, Path real) {
    static Folder of(Path baseline) {
      Path parent = baseline.toAbsolutePath().normalize().getParent();
      Path written = parent == null ? Path.of("").toAbsolutePath() : parent;
      return new Folder(written, RealPath.of(written));
    }
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
      // bounded like every input (a pipe or a device is refused unopened); a baseline lists every
      // known finding of a tree, so it may be larger than any catalogue file
      String text = BoundedInput.readText(file, MAX_BYTES);
      // PowerShell 5's Set-Content -Encoding UTF8 writes a BOM: JSON forbids it, the YAML reader
      // skips it (TextDecoder), and so does this one
      root = JsonReport.MAPPER.readTree(text.startsWith(BOM) ? text.substring(1) : text);
    } catch (NoSuchFileException e) {
      throw GkmlException.usage("baseline.missing", file);
    } catch (BoundedInput.Refused r) {
      if (Files.isDirectory(file)) { // said as for any file that cannot be read: a folder
        throw GkmlException.usage("baseline.unreadable", file, IoReason.reading(file, r));
      }
      throw r.failure(file);
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
    // only a JSON integer is a format number: Jackson would read true, "1", 1e0 and 1.5 as 1
    JsonNode version = root == null ? null : root.get("gkml-baseline");
    boolean integral = version != null && version.isIntegralNumber();
    if (integral && version.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
      // a later gkml's format: saying "not a baseline" would send the user looking for the wrong
      // fault; its entries may mean something else, so none is guessed at
      throw GkmlException.usage(
          "baseline.newer", file, version.bigIntegerValue().toString(), Integer.toString(VERSION));
    }
    if (!integral || version.intValue() != VERSION || !root.path("findings").isArray()) {
      throw GkmlException.usage("baseline.notBaseline", file);
    }
    Folder folder = Folder.of(file);
    RealPath.FolderCache real = new RealPath.FolderCache();
    Map<FindingKey, Integer> known = new HashMap<>();
    int size = 0;
    for (JsonNode entry : root.path("findings")) {
      if (!entry.path("rule").isTextual() || !entry.path("file").isTextual()) {
        throw GkmlException.usage("baseline.notBaseline", file);
      }
      size++;
      Optional<Path> located = located(entry.path("file").asText(), folder, real);
      if (located.isEmpty()) {
        continue; // a name no file can have here: it excuses nothing
      }
      FindingKey key =
          new FindingKey(
              entry.path("rule").asText(),
              located.get().toString(),
              entry.path("subject").asText(""));
      known.merge(key, 1, Integer::sum);
    }
    return new Baseline(known, size);
  }

  /**
   * The real path of the file an entry names. Paths are relative to the baseline's real folder; an
   * earlier gkml wrote them relative to the folder as spelt, which is the same folder, so the two
   * readings differ only for a path that climbs out of it ({@code ../}) through a link: then the
   * reading whose file exists is taken, the real one when both or neither exist.
   */
  private static Optional<Path> located(String file, Folder folder, RealPath.FolderCache real) {
    try {
      Path asReal = real.file(folder.real().resolve(file));
      if (!folder.written().equals(folder.real()) && climbs(Path.of(file))) {
        Path asWritten = real.file(folder.written().resolve(file));
        if (!asWritten.equals(asReal) && !Files.exists(asReal) && Files.exists(asWritten)) {
          return Optional.of(asWritten);
        }
      }
      return Optional.of(asReal);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Whether a relative path starts by leaving its folder ({@code ../x}). */
  private static boolean climbs(Path relative) {
    return !relative.isAbsolute()
        && relative.getNameCount() > 0
        && relative.getName(0).toString().equals("..");
  }

  /** The findings that are not in this baseline (each entry excuses one finding). */
  public Filtered filter(List<Finding> findings, Function<Finding, String> subject) {
    Map<FindingKey, Integer> left = new HashMap<>(known);
    RealPath.FolderCache real = new RealPath.FolderCache();
    List<Finding> fresh = new ArrayList<>();
    List<Finding> matched = new ArrayList<>();
    for (Finding f : findings) {
      if (!recordable(f)) {
        fresh.add(f); // never excused: it is why the run exits with 2 (see write)
        continue;
      }
      FindingKey key =
          new FindingKey(
              f.rule().id(), real.file(f.loc().file().path()).toString(), subject.apply(f));
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
    return size;
  }

  /**
   * Whether no entry of this baseline names a file that exists, relative to the folder the baseline
   * was read from: a baseline copied elsewhere matches nothing, and without a word every finding
   * would look new.
   */
  public boolean namesNoFile() {
    for (FindingKey key : known.keySet()) {
      if (Files.exists(Path.of(key.file()))) {
        return false;
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
    Folder folder = Folder.of(file);
    RealPath.FolderCache real = new RealPath.FolderCache();
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("gkml-baseline", VERSION);
    ArrayNode entries = root.putArray("findings");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.removeIf(f -> !recordable(f));
    sorted.sort(Finding.ORDER);
    for (Finding f : sorted) {
      ObjectNode entry = entries.addObject();
      entry.put("rule", f.rule().id());
      entry.put("file", relative(f.loc().file().path(), folder, real));
      entry.put("subject", subject.apply(f));
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

  /**
   * A finding's file as an entry names it: relative to the baseline's folder, with forward slashes.
   * Spelt as the paths are where that stays below the folder (a tree reached through a link inside
   * it keeps the link's name, as the repository has it); else relative to the real folder from the
   * file's real path, which neither side's link can make climb out and back in ({@code
   * ../link/catalogs/…}).
   */
  private static String relative(Path source, Folder folder, RealPath.FolderCache real) {
    Path abs = source.toAbsolutePath().normalize();
    Optional<Path> asWritten = relativize(folder.written(), abs);
    if (asWritten.isPresent() && !climbs(asWritten.get())) {
      return slashed(asWritten.get());
    }
    Path file = real.file(abs);
    return relativize(folder.real(), file).map(Baseline::slashed).orElse(slashed(file));
  }

  private static Optional<Path> relativize(Path folder, Path file) {
    try {
      return Optional.of(folder.relativize(file));
    } catch (IllegalArgumentException e) { // another drive: no relative path exists
      return Optional.empty();
    }
  }

  private static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
