package org.gkml.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.io.AtomicFile;
import org.gkml.load.FileLoader;
import org.gkml.load.Scope;
import org.gkml.load.StagedFiles;
import org.gkml.load.TreeLoader;
import org.gkml.load.YamlWalk;
import org.gkml.model.CatalogTree;
import org.gkml.model.Config;
import org.gkml.model.Finding;
import org.gkml.model.LazyList;
import org.gkml.model.Loc;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.model.SourceFile;
import org.gkml.model.Suggestion;
import org.gkml.model.Suppressed;

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
  private static final Pattern INDEX = Pattern.compile("index-[0-9a-f]{64}\\.bin");
  // what gkml-validate-cache/1 kept beside each entry (JSON): never read now
  private static final Pattern OLD_INDEX = Pattern.compile("index-[0-9a-f]{64}\\.json");
  private static final Pattern POINTER = Pattern.compile("latest-[0-9a-f]{64}\\.txt");
  private static final Pattern TEMPORARY =
      Pattern.compile(
          "\\.((validate|index|latest)-[0-9a-f]{64}\\.(json|bin|txt)|stat-index\\.bin)-?[0-9]+\\.tmp");
  // (a factory of streaming parsers only: see Stored)
  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  /** The object mapper that writes entries, made on the first run that stores one. */
  private static final class Writer {
    static final ObjectMapper JSON = new ObjectMapper();
  }

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

  /** The variable that says where the cache is kept, or that none is (docs/ci.md). */
  public static final String VARIABLE = "GKML_CACHE";

  /** The values {@link #VARIABLE} takes: the tree's folder (the default), the user's, none. */
  public static final List<String> MODES = List.of("tree", "user", "off");

  /**
   * The cache mode {@code env} sets, one of {@link #MODES}: read case-insensitively ({@code OFF}
   * means off), and unset or empty is the default {@code tree}.
   *
   * @throws GkmlException a usage error for any other value: a misspelt {@code off} must not keep
   *     writing the cache, nor a misspelt {@code user} write into the tree, without a word
   */
  public static String mode(Map<String, String> env) {
    String value = env.get(VARIABLE);
    if (value == null || value.isEmpty()) {
      return MODES.get(0);
    }
    String mode = value.toLowerCase(Locale.ROOT);
    if (MODES.contains(mode)) {
      return mode;
    }
    throw GkmlException.usage(
        "cache.badMode",
        VARIABLE,
        value,
        Suggestion.closest(mode, MODES)
            .<Object>map(m -> new Messages.Text("cli.didYouMean", m))
            .orElse(""));
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
    String mode = mode(env);
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
      if (exists || xdgCacheHome(env).isEmpty()) {
        return Optional.empty(); // never into the tree, nor somewhere the user did not name
      }
    }
    Optional<Path> xdg = xdgCacheHome(env);
    Path base;
    if (xdg.isPresent()) {
      base = xdg.get();
    } else if (env.get("HOME") != null) {
      base = Path.of(env.get("HOME"), ".cache");
    } else {
      return Optional.empty();
    }
    byte[] name = TreeContents.sha256().digest(top.toString().getBytes(StandardCharsets.UTF_8));
    return Optional.of(
        at(base.resolve("gkml").resolve(HexFormat.of().formatHex(name, 0, 16)), build));
  }

  /**
   * {@code $XDG_CACHE_HOME} where it is usable: the XDG Base Directory specification has a relative
   * (or empty) value ignored, as if unset; taken as it is, it would put a cache folder into
   * whatever folder gkml happens to run in.
   */
  private static Optional<Path> xdgCacheHome(Map<String, String> env) {
    String home = env.get("XDG_CACHE_HOME");
    if (home == null || home.isBlank()) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(home);
      return path.isAbsolute() ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * A validation, what each of its findings is about (see FindingSubjects), and how it was made:
   * read from the cache ({@code hit}), or checked in part on a stored run ({@code partial}).
   */
  public record Outcome(
      Validation validation,
      Function<Finding, String> subjects,
      boolean hit,
      boolean partial,
      Supplier<Dependents.TreeSummary> summary) {
    /**
     * What the run knew of each file, for {@code validate --changed} (Dependents); null when that
     * is not known (a stored run whose index is gone). Made when asked: a plain run never needs it.
     */
    public Dependents.TreeSummary tree() {
      return summary.get();
    }
  }

  /** How a scope of the tree is checked, from the bytes the cache read. */
  public interface Check {
    Validation run(Scope scope, TreeLoader.Contents contents);
  }

  /**
   * The validation of the whole root {@code root}: the stored one when its key matches; else, when
   * a stored run of the same tree differs from it in a few overlays only, that run with the
   * findings of the files they can affect checked anew (see ChangedOverlays); else {@code check}'s
   * of the whole tree. What is not read from the cache is stored in it.
   *
   * <p>A re-run of an unchanged tree looks at each folder and file of the stat index (one stat
   * each, no folder listed: KnownWalk), compares what it sees with the index, hashes the list of
   * names only when it differs from the index's, and reads one entry: no catalogue file is read, no
   * schema compiled and nothing written.
   *
   * @param loader the loader the check uses (for how paths are shown)
   */
  public Outcome validate(Path root, Locale locale, TreeLoader loader, Check check) {
    return validate(root, locale, loader, check, null);
  }

  /**
   * As {@link #validate(Path, Locale, TreeLoader, Check)}, of the tree as the git index holds it
   * ({@code validate --changed --staged}): the work tree's walk with {@code staged}'s files taken
   * out and put in, and its bytes checked where it has them. Entries are keyed by the bytes
   * checked, so they are stored and found as any other; the stat index, which vouches for work tree
   * files by their attributes, is read for the files the index and the work tree agree on and not
   * written.
   *
   * @param staged null: the work tree as it is
   * @throws StagedFiles.NotSimple before anything is read or written, when the walk skipped
   *     something (see {@link StagedFiles#apply})
   */
  public Outcome validate(
      Path root, Locale locale, TreeLoader loader, Check check, StagedFiles staged) {
    long start = StatIndex.now(); // before the walk: see StatIndex's rule on recent changes
    StatIndex known = StatIndex.load(dir, root);
    if (known.size() == 0) {
      FileLoader.prepare(locale); // a first run: checked whole, the schemas compile meanwhile
    }
    // the walk's outcome from the index when no folder changed, else the walk
    Scope fromIndex = KnownWalk.of(known, root);
    Scope walked = fromIndex != null ? fromIndex : Scope.whole(root);
    Scope scope = staged == null ? walked : staged.apply(walked);
    Path workingDir = Path.of("").toAbsolutePath();
    Optional<TreeContents> read =
        TreeContents.read(
            scope,
            build,
            locale,
            workingDir,
            known,
            start,
            staged == null && fromIndex != null && KnownWalk.inIndexOrder(known, fromIndex),
            staged);
    if (read.isEmpty()) {
      FileLoader.prepare(locale);
      Validation v = check.run(scope, staged == null ? path -> null : staged::of);
      return new Outcome(
          v,
          v.subjects(),
          false,
          false,
          () ->
              new Dependents.TreeSummary(
                  scope.read(), ChangedOverlays.summaries(scope, v.loaded())));
    }
    TreeContents contents = read.get();
    Path entry = entry(contents.key());
    Outcome stored = lookup(entry, contents.key(), scope, loader, true);
    if (stored != null) {
      touch(entry);
      if (contents.index() != null) {
        contents.index().store(dir); // files were read (touched, renamed): vouch for them next time
      }
      return new Outcome(
          stored.validation(),
          stored.subjects(),
          true,
          false,
          () -> storedSummary(contents, scope));
    }
    // a file read again (touched, or changed just before the last run) may still be a hit: the
    // schemas are compiled only now that something is checked
    FileLoader.prepare(locale);
    ChangedOverlays.After after = null;
    ChangedOverlays.Before before = previous(contents.shape(), scope, loader);
    if (before != null) {
      try {
        after =
            ChangedOverlays.check(before, contents, scope, loader, check, skeleton(scope, loader));
      } catch (RuntimeException e) {
        after = null; // whatever went wrong, the whole check below decides
      }
    }
    Validation v;
    Function<Finding, String> subjects;
    List<String> summaries;
    if (after != null) {
      v = after.validation();
      subjects = after.subjects();
      summaries = after.summaries();
    } else {
      v = check.run(scope, contents);
      subjects = v.subjects();
      summaries = ChangedOverlays.summaries(scope, v.loaded());
    }
    // a file read late that changed meanwhile: the findings may not be those of the key's bytes
    if (contents.registerUnchanged(scope.root()) && !contents.drifted()) {
      store(contents, v, subjects, summaries, () -> GitHead.of(scope.root()));
      if (contents.index() != null) {
        contents.index().store(dir);
      }
    }
    Dependents.TreeSummary summary = new Dependents.TreeSummary(scope.read(), summaries);
    return new Outcome(v, subjects, false, after != null, () -> summary);
  }

  /** What the stored run of {@code contents} knew of each file of {@code scope}, or null. */
  private Dependents.TreeSummary storedSummary(TreeContents contents, Scope scope) {
    String key = contents.key();
    try {
      Path index = index(key);
      if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)
          || Files.size(index) > MAX_ENTRY_BYTES) {
        return null;
      }
      RunIndex stored = RunIndex.read(Files.readAllBytes(index), key);
      // the same files in the same order: the digests say so
      if (stored == null
          || stored.summaries().size() != scope.read().size()
          || !java.util.Arrays.equals(stored.digests(), contents.digests())) {
        return null;
      }
      return new Dependents.TreeSummary(scope.read(), stored.summaries());
    } catch (IOException | RuntimeException e) {
      return null; // pruned or damaged meanwhile: whoever asked checks whole
    }
  }

  private Path entry(String key) {
    return dir.resolve("validate-" + key + ".json");
  }

  private Path index(String key) {
    return dir.resolve("index-" + key + ".bin");
  }

  private Path latest(String shape) {
    return dir.resolve("latest-" + shape + ".txt");
  }

  /**
   * The whole tree's file list, as a run reports it, and no findings. Each file is shown when first
   * asked for: the text report shows only how many there are.
   */
  private static Validation skeleton(Scope scope, TreeLoader loader) {
    List<Path> read = scope.read();
    List<YamlWalk.Skipped> skipped = scope.skipped();
    int n = read.size();
    List<String> files =
        LazyList.of(
            n + skipped.size(),
            i -> loader.display(i < n ? read.get(i) : skipped.get(i - n).path()));
    Path top = scope.root().toAbsolutePath().normalize();
    TreeLoader.Result none =
        new TreeLoader.Result(
            new CatalogTree(top, Config.none(), List.of(), List.of(), Map.of()),
            List.of(),
            List.of());
    return new Validation(none, List.of(), files, false, List.of());
  }

  /** The last run stored of a tree of this shape, if it can be built on. */
  private ChangedOverlays.Before previous(String shape, Scope scope, TreeLoader loader) {
    try {
      Path pointer = latest(shape);
      if (!Files.isRegularFile(pointer, LinkOption.NOFOLLOW_LINKS) || Files.size(pointer) > 200) {
        return null;
      }
      String key = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      if (!key.matches("[0-9a-f]{64}")) {
        return null;
      }
      // a run whose GK403 hints came from history is not built on
      Outcome o = lookup(entry(key), key, scope, loader, false);
      if (o == null) {
        return null;
      }
      Path index = index(key);
      if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)
          || Files.size(index) > MAX_ENTRY_BYTES) {
        return null;
      }
      RunIndex stored = RunIndex.read(Files.readAllBytes(index), key);
      if (stored == null) {
        return null;
      }
      return new ChangedOverlays.Before(
          o.validation().findings(),
          o.validation().suppressed(),
          o.subjects(),
          o.validation().unreadable(),
          stored.digests(),
          stored.summaries());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private Outcome lookup(
      Path entry, String key, Scope scope, TreeLoader loader, boolean historyAllowed) {
    Stored stored;
    try {
      if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
          || Files.size(entry) > MAX_ENTRY_BYTES) {
        return null;
      }
      stored = Stored.parse(Files.readAllBytes(entry));
    } catch (IOException | RuntimeException e) {
      return null; // truncated, corrupt or vanished: check again
    }
    try {
      return stored == null ? null : decode(stored, key, scope, loader, historyAllowed);
    } catch (RuntimeException e) {
      return null; // well-formed JSON that says something else: not ours
    }
  }

  private static Outcome decode(
      Stored node, String key, Scope scope, TreeLoader loader, boolean historyAllowed) {
    if (!TreeContents.FORMAT.equals(node.format) || !key.equals(node.key)) {
      return null;
    }
    if (!node.historySeen) {
      return null;
    }
    if (node.history != null
        && (!historyAllowed || !node.history.equals(GitHead.of(scope.root())))) {
      return null; // a GK403 hint was read from history, which has moved on
    }
    Map<Finding, String> subjects = new IdentityHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Map<String, Object> f : array(node.findings)) {
      Finding finding = finding(f);
      findings.add(finding);
      subjects.put(finding, text(f, "subject"));
    }
    List<Suppressed> suppressed = new ArrayList<>();
    for (Map<String, Object> s : array(node.suppressed)) {
      Finding finding = finding(s);
      suppressed.add(new Suppressed(finding, text(s, "reason")));
      subjects.put(finding, text(s, "subject"));
    }
    if (node.unreadable == null) {
      return null;
    }
    // the files checked are those the walk found, in the order the loader keeps them
    Validation none = skeleton(scope, loader);
    Validation v =
        new Validation(none.loaded(), findings, none.files(), node.unreadable, suppressed);
    // a finding made anew from the report (a baseline filter keeps the same objects) has none
    return new Outcome(
        v, f -> subjects.getOrDefault(f, f.loc().pointer()), true, false, () -> null);
  }

  /**
   * An entry's fields as read with Jackson's streaming parser: an unchanged run reads one entry,
   * and the object mapper's classes and set-up cost it more than all of its findings' decoding (the
   * mapper writes entries, on a run that checked something anyway). A finding is a map of its
   * fields to their text or int value; a value of any other kind is kept as {@link #OTHER}, so that
   * asking for it fails as with a missing field.
   */
  private static final class Stored {
    static final Object OTHER = new Object();
    String format;
    String key;
    boolean historySeen;
    String history;
    Boolean unreadable;
    List<Map<String, Object>> findings;
    List<Map<String, Object>> suppressed;

    /** The entry {@code bytes} holds; null when they are not a JSON object. */
    static Stored parse(byte[] bytes) throws IOException {
      try (JsonParser in = JSON_FACTORY.createParser(bytes)) {
        if (in.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        Stored s = new Stored();
        for (JsonToken t = in.nextToken(); t == JsonToken.FIELD_NAME; t = in.nextToken()) {
          String field = in.currentName();
          JsonToken value = in.nextToken();
          switch (field) {
            case "format" -> s.format = value == JsonToken.VALUE_STRING ? in.getText() : null;
            case "key" -> s.key = value == JsonToken.VALUE_STRING ? in.getText() : null;
            case "history" -> {
              if (value == JsonToken.VALUE_STRING) {
                s.historySeen = true;
                s.history = in.getText();
              } else {
                s.historySeen = value == JsonToken.VALUE_NULL;
                in.skipChildren();
              }
            }
            case "unreadable" ->
                s.unreadable =
                    value == JsonToken.VALUE_TRUE
                        ? Boolean.TRUE
                        : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
            case "findings" -> s.findings = records(in, value);
            case "suppressed" -> s.suppressed = records(in, value);
            default -> in.skipChildren();
          }
        }
        return s;
      }
    }

    /** An array of flat objects, or null when the value is something else. */
    private static List<Map<String, Object>> records(JsonParser in, JsonToken at)
        throws IOException {
      if (at != JsonToken.START_ARRAY) {
        in.skipChildren();
        return null;
      }
      List<Map<String, Object>> all = new ArrayList<>();
      for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException("not a finding");
        }
        Map<String, Object> fields = new HashMap<>();
        for (JsonToken f = in.nextToken(); f == JsonToken.FIELD_NAME; f = in.nextToken()) {
          String name = in.currentName();
          JsonToken value = in.nextToken();
          if (value == JsonToken.VALUE_STRING) {
            fields.put(name, in.getText());
          } else if (value == JsonToken.VALUE_NUMBER_INT
              && in.getNumberType() == JsonParser.NumberType.INT) {
            fields.put(name, in.getIntValue());
          } else {
            in.skipChildren();
            fields.put(name, OTHER);
          }
        }
        all.add(fields);
      }
      return all;
    }
  }

  private static Finding finding(Map<String, Object> f) {
    Rule rule = Rule.ofId(text(f, "rule")).orElseThrow();
    Severity severity = Severity.valueOf(text(f, "severity"));
    SourceFile file = SourceFile.unstructured(Path.of(text(f, "path")), text(f, "display"));
    Loc at = new Loc(file, text(f, "pointer"), number(f, "line"), number(f, "column"));
    return new Finding(rule, severity, at, text(f, "message"));
  }

  private void store(
      TreeContents contents,
      Validation v,
      Function<Finding, String> subjects,
      List<String> summaries,
      Supplier<String> head) {
    String key = contents.key();
    ObjectNode node = Writer.JSON.createObjectNode();
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
      byte[] bytes = Writer.JSON.writeValueAsBytes(node);
      if (bytes.length > MAX_ENTRY_BYTES) {
        return;
      }
      if (Files.isSymbolicLink(dir)) {
        return;
      }
      byte[] indexBytes = new RunIndex(contents.digests(), summaries).write(key);
      // the index before the entry, the pointer last: whoever finds one finds what it needs
      AtomicFile.write(index(key), out -> out.write(indexBytes));
      AtomicFile.write(entry(key), out -> out.write(bytes));
      byte[] pointer = key.getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(latest(contents.shape()), out -> out.write(pointer));
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

  /**
   * Keeps the newest entries (with their indexes) and pointers, and clears temporary files a killed
   * run left behind. Only files named as this class names them are ever deleted.
   */
  private void prune() throws IOException {
    List<Path> entries = new ArrayList<>();
    List<Path> indexes = new ArrayList<>();
    List<Path> pointers = new ArrayList<>();
    Instant old = Instant.now().minusSeconds(3600);
    try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
      for (Path p : in) {
        String name = p.getFileName().toString();
        if (ENTRY.matcher(name).matches()) {
          entries.add(p);
        } else if (INDEX.matcher(name).matches()) {
          indexes.add(p);
        } else if (POINTER.matcher(name).matches()) {
          pointers.add(p);
        } else if (OLD_INDEX.matcher(name).matches()) {
          Files.deleteIfExists(p);
        } else if (TEMPORARY.matcher(name).matches() && modified(p).toInstant().isBefore(old)) {
          Files.deleteIfExists(p);
        }
      }
    }
    entries.sort(Comparator.comparing(ValidationCache::modified).reversed());
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String key = entries.get(i).getFileName().toString().substring(9, 73);
      if (i < MAX_ENTRIES) {
        kept.add(key);
      } else {
        Files.deleteIfExists(entries.get(i));
      }
    }
    for (Path p : indexes) {
      if (!kept.contains(p.getFileName().toString().substring(6, 70))
          && modified(p).toInstant().isBefore(Instant.now().minusSeconds(60))) {
        Files.deleteIfExists(p); // (a concurrent run may be about to write its entry)
      }
    }
    pointers.sort(Comparator.comparing(ValidationCache::modified).reversed());
    for (Path p : pointers.subList(Math.min(MAX_ENTRIES, pointers.size()), pointers.size())) {
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

  private static String text(Map<String, Object> fields, String field) {
    if (!(fields.get(field) instanceof String v)) {
      throw new IllegalArgumentException("no text " + field);
    }
    return v;
  }

  private static int number(Map<String, Object> fields, String field) {
    if (!(fields.get(field) instanceof Integer v)) {
      throw new IllegalArgumentException("no number " + field);
    }
    return v;
  }

  private static List<Map<String, Object>> array(List<Map<String, Object>> records) {
    if (records == null) {
      throw new IllegalArgumentException("no array");
    }
    return records;
  }
}
