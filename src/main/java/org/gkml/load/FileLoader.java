package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.gkml.concurrent.Background;
import org.gkml.i18n.Messages;
import org.gkml.model.Config;
import org.gkml.model.Document;
import org.gkml.model.Finding;
import org.gkml.model.Loc;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads one catalogue file: bytes, text, YAML tree, schema, domain record. Every problem on the way
 * becomes a finding at a file position; nothing here throws for bad input. Thread-safe.
 */
public final class FileLoader {
  /** Larger files are refused unread: no real catalogue comes near it. */
  public static final long MAX_FILE_BYTES = BoundedInput.MAX_BYTES;

  private final Messages messages;
  private final Locale locale;
  private final TextPool pool = new TextPool();
  // parser settings for texts of up to 2^16 characters, by buffer size (a power of two): a
  // builder makes a schema and maps, too much to repeat for each of 51,000 small files
  private static final int SHARED_SETTINGS_BITS = 16;
  private final LoadSettings[] settingsBySize = new LoadSettings[SHARED_SETTINGS_BITS + 1];
  private final LoadSettings[] marklessBySize = new LoadSettings[SHARED_SETTINGS_BITS + 1];

  // the compiled schemas of each message locale, shared by every loader of the process
  private static final Map<Locale, CompletableFuture<Schemas>> COMPILED = new ConcurrentHashMap<>();

  public FileLoader(Messages messages) {
    this.messages = messages;
    // not compiled yet: a whole-tree validate answered from its cache needs no schema at all
    this.locale = messages.locale();
  }

  /**
   * Starts compiling the schemas for {@code locale} (that of the messages a loader will be given),
   * unless that has begun. A loader starts it with its first file at the latest; the commands'
   * pipeline calls this before its walk (compiling takes about 70 ms, a sixth of a one-file
   * validate, and so runs meanwhile), the validate cache only once it knows it checks something.
   */
  public static void prepare(Locale locale) {
    compiled(locale);
  }

  private static CompletableFuture<Schemas> compiled(Locale locale) {
    // compiling takes a good part of a short run; the first files are read and parsed meanwhile
    return COMPILED.computeIfAbsent(
        locale, l -> Background.start("gkml-schemas", () -> new Schemas(l)));
  }

  private Schemas schemas() {
    return Background.join(compiled(locale));
  }

  /** Reads a file; {@code expected} is the kind its place in the tree implies (null: any). */
  public LoadedFile load(Path path, String display, DocumentKind expected) {
    return load(path, display, expected, false);
  }

  /**
   * Reads a file; with {@code releasable}, the file keeps its bytes so that {@link
   * LoadedFile#withoutTree} can drop its tree (see {@link TreeLocator}).
   */
  LoadedFile load(Path path, String display, DocumentKind expected, boolean releasable) {
    return load(path, display, expected, releasable, null);
  }

  /**
   * Reads a file, or parses {@code known} (its bytes, read already) when not null: a whole-tree
   * validate hashes every file for its cache key first, and then checks exactly the bytes it
   * hashed.
   */
  LoadedFile load(
      Path path, String display, DocumentKind expected, boolean releasable, byte[] known) {
    return load(path, display, expected, releasable, known, null);
  }

  /**
   * As {@link #load(Path, String, DocumentKind, boolean, byte[])}, for a file a walk has just seen
   * as {@code walked} (null: not seen), which spares a regular file's read a stat of its own.
   */
  LoadedFile load(
      Path path,
      String display,
      DocumentKind expected,
      boolean releasable,
      byte[] known,
      BasicFileAttributes walked) {
    compiled(locale); // started now at the latest, so that parsing this file overlaps it
    if (known != null) {
      return parse(known, path, display, expected, releasable);
    }
    SourceFile bare = SourceFile.unstructured(path, display);
    byte[] bytes;
    try {
      bytes = BoundedInput.read(path, walked);
    } catch (BoundedInput.Refused r) {
      return unreadableAs(expected, bare, refusal(r));
    } catch (IOException | SecurityException e) {
      return unreadableAs(expected, bare, ioProblem(e));
    }
    return parse(bytes, path, display, expected, releasable);
  }

  /**
   * A file read for a rewrite ({@code fmt}): why it cannot be read as YAML at all, as {@code
   * validate} reports it (GK002, GK003, GK005, with its line), or else the kind its {@code kind:}
   * declares (null: none of the three, so not a gkml document, which such a command leaves alone).
   * No schema is looked at.
   */
  public record ForRewrite(Finding unreadable, DocumentKind declared) {}

  /** {@code bytes} read for a rewrite: see {@link ForRewrite}. */
  public ForRewrite forRewrite(byte[] bytes, Path path, String display) {
    SourceFile bare = SourceFile.unstructured(path, display);
    if (bytes.length > MAX_FILE_BYTES) {
      return new ForRewrite(
          finding(bare, new Problem(Rule.LIMIT, 1, 1, "load.tooLarge", MAX_FILE_BYTES >> 20)),
          null);
    }
    TextDecoder.Decoded decoded = TextDecoder.decodeChars(bytes);
    if (decoded instanceof TextDecoder.Decoded.Failed failed) {
      return new ForRewrite(finding(bare, failed.problem()), null);
    }
    TextDecoder.Decoded.Chars text = chars(decoded);
    YamlTreeBuilder.Result parsed =
        YamlTreeBuilder.build(
            text.chars(),
            text.length(),
            text.scan(),
            settingsFor(text.length(), true),
            pool,
            false);
    if (parsed.fatal() != null) {
      return new ForRewrite(
          finding(bare, conflictMarker(text.text()).orElse(parsed.fatal())), null);
    }
    JsonNode tree = parsed.root();
    JsonNode kind = tree == null ? null : tree.get("kind");
    return new ForRewrite(
        null,
        kind != null && kind.isTextual() ? DocumentKind.ofWord(kind.asText()).orElse(null) : null);
  }

  /**
   * The finding of a file a rewrite could not read ({@link BoundedInput} refused it, or the system
   * did), as {@code validate} reports it.
   */
  public Finding cannotRead(Path path, String display, IOException e) {
    SourceFile bare = SourceFile.unstructured(path, display);
    return finding(bare, e instanceof BoundedInput.Refused r ? refusal(r) : ioProblem(e));
  }

  /** Reads a document from bytes already in memory (e.g. a blob from git). */
  public LoadedFile parse(byte[] bytes, Path path, String display, DocumentKind expected) {
    return parse(bytes, path, display, expected, false);
  }

  private LoadedFile parse(
      byte[] bytes, Path path, String display, DocumentKind expected, boolean releasable) {
    SourceFile bare = SourceFile.unstructured(path, display);
    if (bytes.length > MAX_FILE_BYTES) {
      return unreadableAs(
          expected, bare, new Problem(Rule.LIMIT, 1, 1, "load.tooLarge", MAX_FILE_BYTES >> 20));
    }
    TextDecoder.Decoded decoded = TextDecoder.decodeChars(bytes);
    if (decoded instanceof TextDecoder.Decoded.Failed failed) {
      LoadedFile broken = unreadable(bare, failed.problem());
      if (expected != DocumentKind.CONFIG) {
        return broken;
      }
      // the config in the encoding the user saved it in (GBK), else what can be said without it
      Loc cause = broken.findings().get(0).loc();
      Config partial =
          failed.problem().messageKey().equals("load.gbk")
              ? PartialConfig.ofGb18030(
                  bytes, bare, cause, settingsFor(bytes.length, true), this::configOf)
              : PartialConfig.ofUnreadable(bytes, bare, cause);
      return withConfig(broken, partial);
    }
    TextDecoder.Decoded.Chars text = chars(decoded);
    TextScan scan = text.scan();
    // the steps that need the text as a String run only where the scan found what they look for
    Suppressions suppressions =
        scan.comment() ? Suppressions.scan(text.text()) : Suppressions.none();
    List<Problem> separators = scan.lineSeparator() ? lineSeparators(text.text()) : List.of();
    // a file whose tree is released reads it without positions first: a position is asked for
    // only by a finding, and then the locator reads the file again (most files have none)
    boolean markless = releasable;
    YamlTreeBuilder.Result parsed =
        YamlTreeBuilder.build(
            text.chars(),
            text.length(),
            scan,
            settingsFor(text.length(), !markless),
            pool,
            !releasable);
    if (markless && (parsed.fatal() != null || !parsed.problems().isEmpty())) {
      // the parser's own findings carry positions: read it again with them
      markless = false;
      parsed =
          YamlTreeBuilder.build(
              text.chars(),
              text.length(),
              scan,
              settingsFor(text.length(), true),
              pool,
              !releasable);
    }
    List<Finding> findings = new ArrayList<>();
    if (parsed.fatal() != null) {
      Finding cause = finding(bare, conflictMarker(text.text()).orElse(parsed.fatal()));
      findings.add(cause);
      addAll(findings, bare, suppressions.problems(), text);
      // a config still says what it says above its syntax error (PartialConfig)
      Config partial =
          expected != DocumentKind.CONFIG
              ? null
              : PartialConfig.ofBroken(
                  new String(text.chars(), 0, text.length()),
                  parsed.fatalFrom(),
                  bare,
                  cause.loc(),
                  settingsFor(text.length(), true),
                  this::configOf);
      return new LoadedFile(bare, partial, null, true, findings, suppressions);
    }
    JsonNode tree = parsed.root();
    SourceFile file =
        tree == null
            ? bare
            : new SourceFile(path, display, locator(tree, releasable ? bytes : null, markless));
    addAll(findings, file, parsed.problems(), text);
    addAll(findings, file, suppressions.problems(), text);
    addAll(findings, file, separators, text);
    if (tree == null || !tree.isObject()) {
      String key = tree == null ? "load.empty" : "load.notMapping";
      findings.add(finding(file, new Problem(Rule.SCHEMA, 1, 1, key)));
      return new LoadedFile(file, null, tree, false, findings, suppressions);
    }
    DocumentKind kind = kindOf(tree, expected);
    if (kind == null) {
      Loc at = file.locate("/kind");
      findings.add(
          new Finding(
              Rule.SCHEMA,
              Rule.SCHEMA.defaultSeverity(),
              at,
              messages.get("load.unknownKind", tree.path("kind").asText(""))));
      return new LoadedFile(file, null, tree, false, findings, suppressions);
    }
    Set<ValidationMessage> violations = schemas().validate(kind, tree);
    if (!violations.isEmpty()) {
      findings.addAll(new SchemaFindings(messages).of(file, tree, violations));
    }
    Document document = null;
    if (violations.isEmpty()) {
      document = map(kind, tree, file, findings);
    } else if (kind == DocumentKind.CONFIG) {
      document = LenientConfig.of(tree, file, violations, schemas());
    }
    return new LoadedFile(file, document, tree, false, findings, suppressions);
  }

  /**
   * The config of a tree read from part of a broken {@code gkml.yaml}: its schema's violations are
   * not reported (the file's one cause is), the values that break it are left out.
   */
  private Config configOf(JsonNode tree, SourceFile file) {
    Set<ValidationMessage> violations = schemas().validate(DocumentKind.CONFIG, tree);
    return violations.isEmpty()
        ? DocumentMapper.config(tree, file)
        : LenientConfig.of(tree, file, violations, schemas());
  }

  /** A file that could not be read, with the config that could be read of it nonetheless. */
  private static LoadedFile withConfig(LoadedFile broken, Config config) {
    return new LoadedFile(
        broken.file(), config, null, broken.unreadable(), broken.findings(), broken.suppressions());
  }

  /**
   * An unresolved git merge left in the file ({@code <<<<<<<} at a line's start), named as such:
   * the parser's own complaint about {@code =======} does not say what happened.
   */
  private static Optional<Problem> conflictMarker(String text) {
    int at = text.startsWith("<<<<<<< ") ? 0 : text.indexOf("\n<<<<<<< ");
    if (at < 0) {
      return Optional.empty();
    }
    int line = 1;
    for (int i = 0; i < at + (at > 0 ? 1 : 0); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return Optional.of(new Problem(Rule.SYNTAX, line, 1, "load.conflictMarkers"));
  }

  private static TreeLocator locator(JsonNode tree, byte[] source, boolean markless) {
    TreeLocator locator = new TreeLocator(tree, source);
    if (markless) {
      locator.release(); // its nodes know no positions: the first question reads the file again
    }
    return locator;
  }

  /** The located tree of bytes that parsed before (null if they no longer do). */
  static JsonNode reread(byte[] bytes) {
    if (TextDecoder.decode(bytes) instanceof TextDecoder.Decoded.Text t) {
      return YamlTreeBuilder.build(t.text(), settings(t.text().length() + 1)).root();
    }
    return null;
  }

  /** Decoded text as characters (the decoder's slow path hands back a String). */
  private static TextDecoder.Decoded.Chars chars(TextDecoder.Decoded decoded) {
    if (decoded instanceof TextDecoder.Decoded.Chars c) {
      return c;
    }
    char[] chars = ((TextDecoder.Decoded.Text) decoded).text().toCharArray();
    return new TextDecoder.Decoded.Chars(chars, chars.length, TextScan.of(chars, chars.length));
  }

  /**
   * The parser settings for a text of {@code length} characters, whose read buffer holds it all.
   * SnakeYAML reads through a window it refills {@code bufferSize} characters at a time: with its
   * default 1 KB, a long token (a 5 MB one-line scalar) costs quadratic time, copying the unread
   * part at each refill, and a surrogate pair (an emoji, a CJK Extension B character such as 𠲖)
   * that straddles a refill throws IndexOutOfBoundsException (snakeyaml-engine 2.9). One read of
   * the text already in memory avoids both.
   */
  private LoadSettings settingsFor(int length, boolean marks) {
    int bits = Integer.SIZE - Integer.numberOfLeadingZeros(length); // 2^bits > length
    if (bits > SHARED_SETTINGS_BITS) {
      return settings(length + 1, marks);
    }
    // settings are immutable (final fields): a racy cache at worst builds one twice
    LoadSettings[] cache = marks ? settingsBySize : marklessBySize;
    LoadSettings shared = cache[bits];
    if (shared == null) {
      shared = settings(1 << bits, marks);
      cache[bits] = shared;
    }
    return shared;
  }

  static LoadSettings settings(int bufferSize) {
    return settings(bufferSize, true);
  }

  /**
   * Without {@code marks} the parser makes no position object per token: a fifth of what it
   * allocates, and the nodes it builds have no positions.
   */
  private static LoadSettings settings(int bufferSize, boolean marks) {
    return LoadSettings.builder()
        .setCodePointLimit((int) MAX_FILE_BYTES)
        .setAllowDuplicateKeys(true) // the tree builder reports them itself, with positions
        .setMaxAliasesForCollections(Integer.MAX_VALUE)
        .setBufferSize(bufferSize)
        .setUseMarks(marks)
        .build();
  }

  private Document map(DocumentKind kind, JsonNode tree, SourceFile file, List<Finding> findings) {
    return switch (kind) {
      case CATALOG -> DocumentMapper.catalog(tree, file);
      case CONFIG -> DocumentMapper.config(tree, file);
      case OVERLAY -> {
        String code = DocumentMapper.text(tree.path("region"), "code");
        if (!RegionCode.isWellFormed(code)) {
          Loc at = file.locate("/region/code");
          // the code meant: the one written in half-width digits (５１１７０３), else its folder's
          String meant = FolderCodes.normalized(code);
          if (meant == null) {
            meant = FolderCodes.of(file.path());
          }
          String hint = meant == null ? "" : messages.get("schema.suggest", meant);
          findings.add(
              new Finding(
                  Rule.REGION_CODE,
                  Rule.REGION_CODE.defaultSeverity(),
                  at,
                  messages.rule(Rule.REGION_CODE, code, hint)));
          yield null;
        }
        yield DocumentMapper.overlay(tree, file);
      }
    };
  }

  private static DocumentKind kindOf(JsonNode tree, DocumentKind expected) {
    JsonNode kind = tree.get("kind");
    if (kind != null && kind.isTextual()) {
      DocumentKind declared = DocumentKind.ofWord(kind.asText()).orElse(null);
      return declared != null ? declared : expected;
    }
    // without a kind, the schema of the expected kind reports it missing
    return expected;
  }

  /**
   * NEL, LS and PS (U+0085, U+2028, U+2029) come in with text pasted from Word. They are invisible
   * and the YAML parser may fold them into a space, changing the value silently, so they are
   * reported where they stand in the raw text.
   */
  static List<Problem> lineSeparators(String text) {
    if (text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
      return List.of(); // nearly every file: three searches the JDK vectorises, no loop here
    }
    List<Problem> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++; // a CR alone ends a line too (YAML 1.2 §5.4)
        lineStart = i + 1;
      } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.add(
            new Problem(
                Rule.INVISIBLE_CHARACTER,
                line,
                text.codePointCount(lineStart, i) + 1, // in code points, as every column
                "load.lineSeparator",
                String.format("U+%04X", (int) c)));
      }
    }
    return out;
  }

  /** The problem of a file the bounded reader refused. */
  static Problem refusal(BoundedInput.Refused r) {
    return r.why() == BoundedInput.Why.TOO_LARGE
        ? new Problem(Rule.LIMIT, 1, 1, r.findingKey(), r.limitMegabytes())
        : new Problem(Rule.SYNTAX, 1, 1, r.findingKey());
  }

  /** A file not read at all; a config then says that nothing of it could be read. */
  private LoadedFile unreadableAs(DocumentKind expected, SourceFile file, Problem problem) {
    LoadedFile broken = unreadable(file, problem);
    return expected != DocumentKind.CONFIG
        ? broken
        : withConfig(
            broken, PartialConfig.ofUnreadable(new byte[0], file, broken.findings().get(0).loc()));
  }

  private LoadedFile unreadable(SourceFile file, Problem problem) {
    return new LoadedFile(
        file, null, null, true, List.of(finding(file, problem)), Suppressions.none());
  }

  /**
   * The findings of problems that a file can have several of (duplicate keys, suppressions that
   * cannot be honoured, line separators), each about the text of its line from where it points: no
   * pointer names them, and their line numbers change with any edit above (see {@link
   * Loc#about()}).
   */
  private void addAll(
      List<Finding> out, SourceFile file, List<Problem> problems, TextDecoder.Decoded.Chars text) {
    if (problems.isEmpty()) {
      return;
    }
    String[] lines = text.text().split("\r?\n|\r", -1);
    for (Problem p : problems) {
      out.add(
          new Finding(
              p.rule(),
              p.rule().defaultSeverity(),
              file.at(p.line(), p.column(), about(lines, p.line(), p.column())),
              messages.get(p.messageKey(), p.args())));
    }
  }

  /**
   * {@code =} and the text of line {@code line} from code-point column {@code column}, stripped.
   */
  static String about(String[] lines, int line, int column) {
    if (line < 1 || line > lines.length) {
      return "=";
    }
    String text = lines[line - 1];
    int from = Math.max(0, Math.min(column - 1, text.codePointCount(0, text.length())));
    return "=" + text.substring(text.offsetByCodePoints(0, from)).strip();
  }

  private Finding finding(SourceFile file, Problem p) {
    return new Finding(
        p.rule(),
        p.rule().defaultSeverity(),
        file.at(p.line(), p.column()),
        messages.get(p.messageKey(), p.args()));
  }

  /** A file that could not be read, for its first line. */
  static Problem ioProblem(Exception e) {
    return denied(e)
        ? new Problem(Rule.SYNTAX, 1, 1, "load.denied")
        : new Problem(Rule.SYNTAX, 1, 1, "load.io", reason(e));
  }

  /** Whether the system refused to let gkml read it (the reason then is said in our words). */
  private static boolean denied(Exception e) {
    return e instanceof java.nio.file.AccessDeniedException
        || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("denied");
  }

  static String reason(Exception e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    // FileInputStream says "PATH (REASON)"; the finding already names the file
    int open = m.lastIndexOf(" (");
    if (open >= 0 && m.endsWith(")")) {
      m = m.substring(open + 2, m.length() - 1);
    }
    return m;
  }
}
