package org.gkml.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gkml.check.Validation;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Finding;
import org.gkml.model.Loc;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.model.SourceFile;
import org.gkml.model.Suppressed;
import org.gkml.report.AtomicFile;

/**
 * Whole-tree {@code validate} results kept in a folder, one file per {@link TreeContents#key}: an
 * unchanged tree is answered from it without being parsed or checked. Entries hold structured
 * findings (rule, severity, file, pointer, line, column, message, subject) and are found only under
 * their exact key, so a changed file, config, register, gkml build, language or working directory
 * never meets an old entry. Written through a temporary file and a rename (concurrent runs each
 * write whole files, a reader sees a whole file or none); at most {@link #MAX_ENTRIES} are kept; an
 * entry that cannot be read or does not say exactly what it should is a miss, never an error.
 */
public final class ValidationCache {
  /** The folder below a catalogue root (hidden: the tree's walk skips it). */
  public static final String TREE_FOLDER = ".gkml-cache";

  static final int MAX_ENTRIES = 8;
  static final long MAX_ENTRY_BYTES = 64L << 20;
  private static final Pattern ENTRY = Pattern.compile("validate-[0-9a-f]{64}\\.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final String build;

  private ValidationCache(Path dir, String build) {
    this.dir = dir;
    this.build = build;
  }

  /** A cache in {@code dir} for results of the gkml build {@code build}. */
  public static ValidationCache at(Path dir, String build) {
    return new ValidationCache(dir.toAbsolutePath().normalize(), build);
  }

  /**
   * Where a root's results are kept (docs/ci.md): {@code ROOT/.gkml-cache/}; with {@code
   * GKML_CACHE=user}, or when the root cannot be written and {@code XDG_CACHE_HOME} is set, a
   * folder of the user's cache named for the root; {@code GKML_CACHE=off}, or a read-only root
   * otherwise, keeps none. A {@code .gkml-cache} that is a link or not a folder is never written
   * through.
   */
  public static Optional<ValidationCache> forRoot(
      Path root, Map<String, String> env, String build) {
    Path top = root.toAbsolutePath().normalize();
    String mode = env.getOrDefault("GKML_CACHE", "tree");
    if (mode.equals("off")) {
      return Optional.empty();
    }
    if (!mode.equals("user")) {
      Path inTree = top.resolve(TREE_FOLDER);
      boolean exists = Files.exists(inTree, LinkOption.NOFOLLOW_LINKS);
      if (exists
          ? Files.isDirectory(inTree, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(inTree)
          : Files.isWritable(top)) {
        return Optional.of(at(inTree, build));
      }
      if (exists || env.get("XDG_CACHE_HOME") == null) {
        return Optional.empty(); // never into the tree, nor somewhere the user did not name
      }
    }
    String home = env.get("XDG_CACHE_HOME");
    Path base;
    if (home != null && !home.isBlank()) {
      base = Path.of(home);
    } else if (env.get("HOME") != null) {
      base = Path.of(env.get("HOME"), ".cache");
    } else {
      return Optional.empty();
    }
    byte[] name = TreeContents.sha256().digest(top.toString().getBytes(StandardCharsets.UTF_8));
    return Optional.of(
        at(base.resolve("gkml").resolve(HexFormat.of().formatHex(name, 0, 16)), build));
  }

  /** A validation and what each of its findings is about (see FindingSubjects). */
  public record Outcome(Validation validation, Function<Finding, String> subjects, boolean hit) {}

  /** How a whole tree is checked: from the bytes the cache read, or on its own. */
  public interface Check {
    Validation run(TreeLoader.Contents contents);
  }

  /**
   * The validation of the whole-root {@code scope}: the stored one when its key matches, else
   * {@code check}'s, which is then stored.
   *
   * @param loader the loader the check uses (for how paths are shown)
   */
  public Outcome validate(Scope scope, Locale locale, TreeLoader loader, Check check) {
    Path workingDir = Path.of("").toAbsolutePath();
    Optional<TreeContents> read = TreeContents.read(scope, build, locale, workingDir);
    if (read.isEmpty()) {
      Validation v = check.run(path -> null);
      return new Outcome(v, v.subjects(), false);
    }
    TreeContents contents = read.get();
    Path entry = dir.resolve("validate-" + contents.key() + ".json");
    Outcome stored = lookup(entry, contents.key(), scope, loader);
    if (stored != null) {
      return stored;
    }
    Validation v = check.run(contents);
    Function<Finding, String> subjects = v.subjects();
    if (contents.registerUnchanged(scope.root())) {
      store(entry, contents.key(), v, subjects, () -> GitHead.of(scope.root()));
    }
    return new Outcome(v, subjects, false);
  }

  private Outcome lookup(Path entry, String key, Scope scope, TreeLoader loader) {
    JsonNode node;
    try {
      if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
          || Files.size(entry) > MAX_ENTRY_BYTES) {
        return null;
      }
      node = JSON.readTree(Files.readAllBytes(entry));
    } catch (IOException | RuntimeException e) {
      return null; // truncated, corrupt or vanished: check again
    }
    try {
      Outcome outcome = decode(node, key, scope, loader);
      if (outcome != null) {
        touch(entry);
      }
      return outcome;
    } catch (RuntimeException e) {
      return null; // well-formed JSON that says something else: not ours
    }
  }

  private static Outcome decode(JsonNode node, String key, Scope scope, TreeLoader loader) {
    if (!TreeContents.FORMAT.equals(text(node, "format")) || !key.equals(text(node, "key"))) {
      return null;
    }
    JsonNode history = node.get("history");
    if (history != null
        && !history.isNull()
        && !history.asText().equals(GitHead.of(scope.root()))) {
      return null; // a GK403 hint was read from history, which has moved on
    }
    Map<Finding, String> subjects = new IdentityHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (JsonNode f : array(node, "findings")) {
      Finding finding = finding(f);
      findings.add(finding);
      subjects.put(finding, text(f, "subject"));
    }
    List<Suppressed> suppressed = new ArrayList<>();
    for (JsonNode s : array(node, "suppressed")) {
      Finding finding = finding(s);
      suppressed.add(new Suppressed(finding, text(s, "reason")));
      subjects.put(finding, text(s, "subject"));
    }
    JsonNode unreadable = node.get("unreadable");
    if (unreadable == null || !unreadable.isBoolean()) {
      return null;
    }
    // the files checked are those the walk found, in the order the loader keeps them
    List<String> files = new ArrayList<>();
    scope.read().forEach(p -> files.add(loader.display(p)));
    scope.skipped().forEach(s -> files.add(loader.display(s.path())));
    Path top = scope.root().toAbsolutePath().normalize();
    TreeLoader.Result none =
        new TreeLoader.Result(
            new CatalogTree(top, Config.none(), List.of(), List.of(), Map.of()),
            List.of(),
            List.of());
    Validation v = new Validation(none, findings, files, unreadable.asBoolean(), suppressed);
    // a finding made anew from the report (a baseline filter keeps the same objects) has none
    return new Outcome(v, f -> subjects.getOrDefault(f, f.loc().pointer()), true);
  }

  private static Finding finding(JsonNode f) {
    Rule rule = Rule.ofId(text(f, "rule")).orElseThrow();
    Severity severity = Severity.valueOf(text(f, "severity"));
    SourceFile file = SourceFile.unstructured(Path.of(text(f, "path")), text(f, "display"));
    Loc at = new Loc(file, text(f, "pointer"), number(f, "line"), number(f, "column"));
    return new Finding(rule, severity, at, text(f, "message"));
  }

  private void store(
      Path entry,
      String key,
      Validation v,
      Function<Finding, String> subjects,
      Supplier<String> head) {
    ObjectNode node = JSON.createObjectNode();
    node.put("format", TreeContents.FORMAT);
    node.put("key", key);
    node.put("build", build);
    boolean historic =
        v.findings().stream().anyMatch(f -> f.rule() == Rule.STALE_OVERLAY)
            || v.suppressed().stream().anyMatch(s -> s.finding().rule() == Rule.STALE_OVERLAY);
    if (historic) {
      node.put("history", head.get());
    } else {
      node.putNull("history");
    }
    node.put("unreadable", v.unreadable());
    ArrayNode findings = node.putArray("findings");
    for (Finding f : v.findings()) {
      put(findings.addObject(), f, subjects);
    }
    ArrayNode suppressed = node.putArray("suppressed");
    for (Suppressed s : v.suppressed()) {
      put(suppressed.addObject(), s.finding(), subjects).put("reason", s.justification());
    }
    try {
      byte[] bytes = JSON.writeValueAsBytes(node);
      if (bytes.length > MAX_ENTRY_BYTES) {
        return;
      }
      if (Files.isSymbolicLink(dir)) {
        return;
      }
      AtomicFile.write(entry, out -> out.write(bytes));
      prune();
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written only costs the next run its head start
    }
  }

  private static ObjectNode put(ObjectNode o, Finding f, Function<Finding, String> subjects) {
    o.put("rule", f.rule().id());
    o.put("severity", f.severity().name());
    o.put("path", f.loc().file().path().toAbsolutePath().normalize().toString());
    o.put("display", f.loc().file().display());
    o.put("pointer", f.loc().pointer());
    o.put("line", f.loc().line());
    o.put("column", f.loc().column());
    o.put("message", f.message());
    o.put("subject", subjects.apply(f));
    return o;
  }

  /** Keeps the newest entries, and clears temporary files a killed run left behind. */
  private void prune() throws IOException {
    List<Path> entries = new ArrayList<>();
    Instant old = Instant.now().minusSeconds(3600);
    try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
      for (Path p : in) {
        String name = p.getFileName().toString();
        if (ENTRY.matcher(name).matches()) {
          entries.add(p);
        } else if (name.startsWith(".validate-")
            && name.endsWith(".tmp")
            && modified(p).toInstant().isBefore(old)) {
          Files.deleteIfExists(p);
        }
      }
    }
    entries.sort(Comparator.comparing(ValidationCache::modified).reversed());
    for (Path p : entries.subList(Math.min(MAX_ENTRIES, entries.size()), entries.size())) {
      Files.deleteIfExists(p);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return FileTime.fromMillis(0); // gone already: first to be pruned
    }
  }

  private static void touch(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    } catch (IOException | RuntimeException e) {
      // a read-only cache still answers; it only forgets the order of use
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("no text " + field);
    }
    return v.asText();
  }

  private static int number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isInt()) {
      throw new IllegalArgumentException("no number " + field);
    }
    return v.asInt();
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException("no array " + field);
    }
    return v;
  }
}
