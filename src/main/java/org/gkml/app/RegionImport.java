package org.gkml.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gkml.check.Checker;
import org.gkml.diff.StaleOverlayCheck;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.fmt.SameContent;
import org.gkml.i18n.Messages;
import org.gkml.importer.ImportNote;
import org.gkml.importer.ImportResult;
import org.gkml.importer.RegionDelta;
import org.gkml.importer.TableImporter;
import org.gkml.importer.TreeIds;
import org.gkml.io.FileBatch;
import org.gkml.io.IoReason;
import org.gkml.load.BoundedInput;
import org.gkml.load.DocumentKind;
import org.gkml.load.FileLoader;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.resolve.ChainScope;
import org.gkml.resolve.ResolutionCheck;
import org.gkml.resolve.Resolver;
import org.gkml.scaffold.Domains;
import org.gkml.scaffold.RegionFolders;
import org.gkml.text.TerminalText;

/**
 * {@code gkml import FILE --region CODE} (CLI.md 1.1, issue 14): a region's edited table as that
 * region's overlays, one per domain, each the smallest that turns the inherited catalogue into what
 * the table shows ({@link RegionDelta}).
 *
 * <p>The overlays are checked as {@code validate} checks any overlay — loaded through the schema,
 * put into the tree in place of the region's overlays for those domains, and resolved with every
 * policy and no-weakening rule — before anything is written; what the checks find is reported at
 * the table's {@code sheet!cell}. On an error nothing is written: the {@link Plan} is what the
 * command writes.
 */
public final class RegionImport {
  private final ImportService service;
  private final Messages messages;
  private final PrintWriter err;

  RegionImport(ImportService service, Session session) {
    this.service = service;
    this.messages = session.messages();
    this.err = session.err();
  }

  /**
   * What to import.
   *
   * @param root the catalogue tree
   * @param file the edited workbook
   * @param region whose overlays the table becomes
   * @param domain the one domain to read, or null for every sheet
   * @param simplified whether the published text is written in simplified characters
   * @param intoTree whether the overlays are written into the tree ({@code --into-tree}): the
   *     overlays of the regions below are then checked with them in place too
   * @param acceptChangedTree whether to import a workbook exported before the files its tables were
   *     made from changed ({@code --accept-changed-tree}): the table then wins over those changes;
   *     without it such a workbook is refused ({@link RegionSources})
   */
  public record Request(
      Path root,
      Path file,
      RegionCode region,
      String domain,
      boolean simplified,
      boolean intoTree,
      boolean acceptChangedTree) {}

  /** How many items the overlays add, modify and remove. */
  public record Counts(int adds, int modifies, int removes) {}

  /**
   * {@code --domain} as {@code gkml import} reads it ({@link TableImporter#domainNamed}): a slug of
   * the tree's basic catalogues names their domain, a slip of a known name is refused.
   */
  private static String domainNamed(String given, Map<String, Catalog> basics) {
    if (given == null) {
      return null;
    }
    Map<String, String> known = new LinkedHashMap<>();
    basics.forEach(
        (name, basic) -> {
          known.put(name, name);
          known.putIfAbsent(org.gkml.check.BrokenFiles.slug(basic.file().path()), name);
        });
    return TableImporter.domainNamed(given, known);
  }

  /** One domain's overlay and where it goes in the tree. */
  private record Planned(RegionDelta.Result delta, Catalog basic, Overlay current, Path target) {}

  /**
   * Reads the table, builds the overlays and checks them; prints the notes and findings to the
   * session's error stream and, on an error, stops with nothing to write.
   */
  Outcome<Plan> plan(Request request) {
    Path root = request.root();
    Path file = request.file();
    RegionCode code = request.region();
    // written into the tree, the overlays change what the regions below inherit: their overlays
    // are read too, and checked with the new ones in place
    boolean below = request.intoTree() && code.digits().length() < 12;
    TreeLoader.Result loaded =
        below ? service.regionChainAndBelow(root, code) : service.regionChain(root, code);
    CatalogTree tree = loaded.tree();
    Resolver resolver = new Resolver(tree);
    Region region =
        resolver
            .region(code)
            .orElseThrow(
                () ->
                    GkmlException.usage("resolve.unknownRegion", code, resolver.regionHint(code)));
    Map<String, Catalog> basics = new LinkedHashMap<>();
    tree.basics().forEach(b -> basics.putIfAbsent(b.domain(), b));
    Map<String, Overlay> own = new HashMap<>();
    for (Overlay o : tree.overlays()) {
      if (o.region().code().equals(code)) {
        own.putIfAbsent(o.domain(), o);
      }
    }
    // the ids of the whole tree, read once and only when a row has no known id (a scan costs)
    Supplier<Set<String>> treeIds =
        new Supplier<>() {
          private Set<String> ids;

          @Override
          public Set<String> get() {
            if (ids == null) {
              ids = TreeIds.of(root);
            }
            return ids;
          }
        };
    Map<String, Set<String>> inheritedIds = new HashMap<>();
    String ownPrefix = code.digits() + "-";
    TableImporter.RegionIds ids =
        new TableImporter.RegionIds(
            domain ->
                basics.containsKey(domain)
                    ? RegionFolders.idPrefix(code, basics.get(domain))
                    : null,
            (domain, id) -> {
              if (!basics.containsKey(domain)) {
                return false;
              }
              Set<String> inherited =
                  inheritedIds.computeIfAbsent(domain, d -> idsOf(resolver.inherited(code, d)));
              Overlay current = own.get(domain);
              return inherited.contains(id)
                  || (current != null && current.adds().stream().anyMatch(a -> a.id().equals(id)))
                  || (id.startsWith(ownPrefix) && !treeIds.get().contains(id));
            });
    TableImporter importer =
        new TableImporter(resolver.vocabulary(), treeIds, request.simplified()).forRegion(ids);
    ImportResult result;
    try {
      result = importer.read(file, domainNamed(request.domain(), basics), file.toString());
    } catch (OutOfMemoryError e) {
      throw GkmlException.usage("import.tooComplex", file);
    }
    requireOwnTable(result, file, region);
    Map<String, String> now = result.sources().isEmpty() ? Map.of() : RegionSources.of(tree, code);
    List<String> changed = changedSince(result, now, own, file);
    if (!changed.isEmpty()) {
      if (!request.acceptChangedTree()) {
        // imported, the workbook would silently undo what was changed in the tree since: the
        // county's new owner, a colleague's item added in YAML
        err.println("gkml: " + messages.get("import.regionTreeChanged", file, changed));
        err.flush();
        return Outcome.stop(ExitCode.FINDINGS);
      }
    }
    List<ImportNote> notes = new ArrayList<>(result.notes());
    if (!changed.isEmpty()) {
      notes.add(note(Severity.WARNING, null, "import.regionTreeChangedAccepted", changed));
    }
    List<Planned> planned = new ArrayList<>();
    if (result.errors() == 0) {
      Path folder = RegionFolders.folder(root, tree, resolver, code);
      RegionDelta delta = new RegionDelta(resolver.vocabulary());
      for (Catalog table : result.catalogs()) {
        Catalog basic = basics.get(table.domain());
        String sheet = sheetOf(table, result);
        if (basic == null) {
          // a basic catalogue that did not load may be this domain's: its file, line and fault,
          // where "no such domain" and "correct the cells" would send the clerk to the workbook
          Optional<GkmlException> unreadable =
              Domains.unreadableBasic(loaded, table.domain(), true);
          if (unreadable.isPresent()) {
            throw unreadable.get();
          }
          notes.add(note(Severity.ERROR, sheet, "import.regionUnknownDomain", table.domain()));
          continue;
        }
        Overlay current = own.get(table.domain());
        if (current != null && !current.applicable()) {
          notes.add(note(Severity.INFO, sheet, "import.notApplicableKept", table.domain()));
          continue;
        }
        if (table.version() != null
            && basic.version() != null
            && !table.version().equals(basic.version())) {
          // the workbook was exported before the basic catalogue changed: said, not refused
          notes.add(
              note(
                  Severity.WARNING,
                  sheet,
                  inSheet(table, result)
                      ? "import.regionOtherBase"
                      : "import.regionOtherBase.table",
                  table.version(),
                  table.domain(),
                  basic.version()));
        }
        Set<String> shown = idsOf(resolver.effective(code, null, table.domain()).catalog());
        String version = current != null ? current.version() : basic.version();
        RegionDelta.Inputs in =
            new RegionDelta.Inputs(
                region,
                resolver.inherited(code, table.domain()),
                current,
                shown,
                version == null ? "1" : version,
                basic.version());
        RegionDelta.Result r = delta.of(in, table, result.places());
        notes.addAll(r.notes());
        Path target =
            current != null ? current.file().path() : folder.resolve(RegionFolders.fileName(basic));
        planned.add(new Planned(r, basic, current, target.toAbsolutePath().normalize()));
      }
    }
    boolean errors = notes.stream().anyMatch(n -> n.severity() == Severity.ERROR);
    String comment = "# gkml import " + file.getFileName() + " --region " + code.digits() + "\n";
    Map<Path, String> texts = new LinkedHashMap<>();
    List<Finding> findings = List.of();
    boolean belowBroken = false;
    List<String> checked = new ArrayList<>();
    if (!errors) {
      for (Planned p : planned) {
        if (!p.delta().empty()) {
          texts.put(p.target(), p.delta().yaml(comment));
        }
      }
      Checked c = check(loaded, code, planned, texts, below);
      findings = c.findings();
      for (Finding f : findings) {
        checked.add(render(f, file, planned, messages));
      }
      errors = findings.stream().anyMatch(Finding::isError);
      belowBroken =
          findings.stream()
              .anyMatch(f -> f.isError() && c.below().contains(normal(f.loc().file().path())));
      notes.removeAll(unknownChannelsChecked(notes, findings, planned));
    }
    List<String> lines = new ArrayList<>();
    for (ImportNote n : notes) {
      lines.add(TerminalText.quote(n.render(file.toString(), messages)));
    }
    lines.addAll(checked);
    lines.forEach(err::println);
    long warnings =
        notes.stream().filter(n -> n.severity() == Severity.WARNING).count()
            + findings.stream()
                .filter(f -> !f.isError() && f.severity() == Severity.WARNING)
                .count();
    if (errors) {
      // a tree file (or the register) that cannot be read at all is unreadable input (exit 2),
      // and no fault of the table
      boolean unreadable =
          findings.stream().anyMatch(f -> f.isError() && f.rule().unreadableFile());
      err.println(
          "gkml: "
              + messages.get(
                  unreadable
                      ? "import.regionTreeUnreadable"
                      : belowBroken
                          ? "import.regionBreaksBelow"
                          : namesACell(notes, findings)
                              ? "import.regionNotWritten"
                              : "import.regionNotWrittenSeeAbove"));
      err.flush();
      return Outcome.stop(unreadable ? ExitCode.USAGE : ExitCode.FINDINGS);
    }
    return Outcome.of(
        new Plan(
            root,
            region.label(),
            planned,
            texts,
            warnings,
            code,
            file,
            RegionSources.rebased(result.sources(), now)));
  }

  /**
   * Refuses a table exported for another region, or for the basic catalogue: read as this region's,
   * it would replace the region's overlays with another region's items, changes and removals. A
   * table that records no region (made by hand) is read as the region's.
   */
  private static void requireOwnTable(ImportResult result, Path file, Region region) {
    String name = region.name().isEmpty() ? region.code().digits() : region.name();
    for (org.gkml.importer.ExportedFor e : result.exportedFor()) {
      if (e.basic()) {
        throw GkmlException.usage(
            "import.regionBasicTable", file, e.shown(), name, region.code().digits());
      }
      if (!e.code().equals(region.code().digits())) {
        throw GkmlException.usage(
            "import.regionOtherTable", file, e.shown(), name, region.code().digits(), e.code());
      }
    }
  }

  /**
   * The domains of the table whose sources ({@link RegionSources}) differ from what the workbook
   * recorded when exported; none for a workbook that recorded none (exported by an earlier gkml).
   */
  private static List<String> changedSince(
      ImportResult result, Map<String, String> now, Map<String, Overlay> own, Path workbook) {
    if (result.sources().isEmpty()) {
      return List.of();
    }
    List<String> changed = new ArrayList<>();
    for (Catalog table : result.catalogs()) {
      String recorded = result.sources().get(table.domain());
      Overlay current = own.get(table.domain());
      Path ownFile = current == null ? null : current.file().path();
      if (recorded != null
          && !RegionSources.unchanged(recorded, now.get(table.domain()), ownFile, workbook)) {
        changed.add(table.domain());
      }
    }
    return changed;
  }

  /** The checked overlays, ready to be written. */
  public static final class Plan {
    private final Path root;
    private final String label;
    private final List<Planned> planned;
    private final Map<Path, String> texts;
    private final long warnings;
    private final RegionCode code;
    private final Path workbook;
    private final Map<String, String> sources;

    private Plan(
        Path root,
        String label,
        List<Planned> planned,
        Map<Path, String> texts,
        long warnings,
        RegionCode code,
        Path workbook,
        Map<String, String> sources) {
      this.root = root;
      this.label = label;
      this.planned = List.copyOf(planned);
      this.texts = texts;
      this.warnings = warnings;
      this.code = code;
      this.workbook = workbook;
      this.sources = Map.copyOf(sources);
    }

    /**
     * {@code text} with, after its first line, the line that says which export of the workbook it
     * was imported from and what it holds ({@link RegionSources#MARKER}): importing the same
     * workbook again is then not taken for a change made in the tree since the export.
     */
    private String marked(String domain, String text) {
      String recorded = sources.get(domain);
      if (recorded == null) {
        return text;
      }
      int eol = text.indexOf('\n') + 1;
      String marker =
          RegionSources.marker(recorded, RegionSources.own(code, text), workbook) + "\n";
      return text.substring(0, eol) + marker + text.substring(eol);
    }

    /** The region as the summary names it. */
    public String label() {
      return label;
    }

    /** Each changed overlay's YAML, in the order the table's domains came. */
    public List<String> texts() {
      return List.copyOf(texts.values());
    }

    /** How many warnings the notes and checks gave. */
    public long warnings() {
      return warnings;
    }

    /**
     * {@code --into-tree}: each overlay written in its place, or removed where the table equals the
     * inherited catalogue; a line a domain to {@code say}. All files change or none (CLI.md): a
     * failure on any leaves the tree as it was.
     */
    public void writeIntoTree(Messages messages, PrintWriter say) {
      FileBatch batch = new FileBatch();
      List<String> lines = new ArrayList<>();
      for (Planned p : planned) {
        String text = texts.get(p.target());
        if (text != null && p.current() != null && holdsTheSame(p.current(), text)) {
          // the table says what the overlay says: its comments and layout stay as written
          lines.add(messages.get("import.regionKept", p.current().file().path()));
        } else if (text != null) {
          String modeline = RegionFolders.modeline(root, p.target().getParent());
          String written = modeline + marked(p.delta().domain(), text);
          batch.write(p.target(), written.getBytes(StandardCharsets.UTF_8));
          lines.add(messages.get("import.regionWritten", p.target()));
        } else if (p.current() != null) {
          // the table equals the inherited catalogue: the region's overlay has nothing left
          batch.delete(p.current().file().path());
          lines.add(messages.get("import.regionRemovedFile", p.current().file().path()));
        } else {
          lines.add(messages.get("import.regionUnchanged", p.delta().domain()));
        }
      }
      commit(batch);
      lines.forEach(say::println);
    }

    /**
     * Whether the overlay {@code text} holds the data {@code current}'s file holds, comments and
     * layout aside; a {@code base} the import would add to an overlay that names none does not
     * count (the table cannot tell which basic version the overlay was written against).
     */
    private static boolean holdsTheSame(Overlay current, String text) {
      try {
        String before = BoundedInput.readText(current.file().path());
        List<Object> was = SameContent.data(before);
        List<Object> now = SameContent.data(text);
        if (was.size() != 1
            || now.size() != 1
            || !(was.get(0) instanceof Map<?, ?> a)
            || !(now.get(0) instanceof Map<?, ?> b)) {
          return false;
        }
        Map<Object, Object> written = new HashMap<>(b);
        if (!a.containsKey("base")) {
          written.remove("base");
        }
        return a.equals(written);
      } catch (IOException | RuntimeException e) {
        return false; // unreadable or not YAML now: written anew, as before
      }
    }

    /** The domains whose table equals what the region has: no overlay to write. */
    public List<String> unchanged() {
      return planned.stream().filter(p -> p.delta().empty()).map(p -> p.delta().domain()).toList();
    }

    /**
     * {@code -o DIR}: each changed overlay into {@code folder}, named as in the tree, all or none;
     * a line a file to {@code say}, as {@code --into-tree} says.
     */
    public void writeInto(Path folder, Messages messages, PrintWriter say) {
      FileBatch batch = new FileBatch();
      List<Path> written = new ArrayList<>();
      for (Planned p : planned) {
        String text = texts.get(p.target());
        if (text == null) {
          continue;
        }
        Path target = folder.resolve(RegionFolders.fileName(p.basic()));
        batch.write(target, text.getBytes(StandardCharsets.UTF_8));
        written.add(target);
      }
      commit(batch);
      written.forEach(t -> say.println(messages.get("import.regionWritten", t)));
    }

    private static void commit(FileBatch batch) {
      try {
        batch.commit();
      } catch (FileBatch.Failed e) {
        throw IoReason.cannotWrite(e.target(), e.reason());
      }
    }

    /** How many items the overlays add, modify and remove. */
    public Counts counts() {
      int adds = 0;
      int modifies = 0;
      int removes = 0;
      for (Planned p : planned) {
        adds += size(p.delta().document().get("add"));
        modifies += size(p.delta().document().get("modify"));
        removes += size(p.delta().document().get("remove"));
      }
      return new Counts(adds, modifies, removes);
    }
  }

  private static int size(Object list) {
    return list instanceof List<?> l ? l.size() : 0;
  }

  private static Set<String> idsOf(Catalog c) {
    Set<String> ids = new HashSet<>();
    for (Item i : c.items()) {
      ids.add(i.id());
    }
    return ids;
  }

  /** The sheet a domain's rows were read from (its first), for notes about the whole domain. */
  private static String sheetOf(Catalog table, ImportResult result) {
    return table.items().isEmpty() ? null : result.places().get(table.items().get(0).id()).sheet();
  }

  /** Whether a domain's rows came from a workbook's sheet (not a web page's or Word table). */
  private static boolean inSheet(Catalog table, ImportResult result) {
    return table.items().isEmpty() || result.places().get(table.items().get(0).id()).inSheet();
  }

  private static ImportNote note(Severity s, String sheet, String key, Object... args) {
    return new ImportNote(s, sheet, null, key, List.of(args));
  }

  /**
   * What the checks found, and the overlays below the region that were checked (their findings are
   * the ones the new overlays cause there).
   */
  private record Checked(List<Finding> findings, Set<Path> below) {}

  /**
   * Checks the overlays as part of the tree: each loaded through the schema at the place it will
   * have, the region's overlays for those domains taken out, the region's chain checked for those
   * domains with every rule of {@code validate}; with {@code below}, also the overlays of the
   * regions below for those domains ({@link BelowCheck}).
   */
  private Checked check(
      TreeLoader.Result loaded,
      RegionCode code,
      List<Planned> planned,
      Map<Path, String> texts,
      boolean below) {
    if (planned.isEmpty()) {
      return new Checked(List.of(), Set.of());
    }
    Set<Path> replaced = new HashSet<>();
    for (Planned p : planned) {
      replaced.add(p.target());
      if (p.current() != null) {
        replaced.add(p.current().file().path().toAbsolutePath().normalize());
      }
    }
    FileLoader files = new FileLoader(messages);
    List<LoadedFile> kept = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (LoadedFile f : loaded.files()) {
      if (!replaced.contains(normal(f.file().path()))) {
        kept.add(f);
      }
    }
    for (Finding f : loaded.findings()) {
      if (!replaced.contains(normal(f.loc().file().path()))) {
        findings.add(f);
      }
    }
    List<Overlay> overlays = new ArrayList<>();
    for (Overlay o : loaded.tree().overlays()) {
      if (!replaced.contains(normal(o.file().path()))) {
        overlays.add(o);
      }
    }
    for (Map.Entry<Path, String> e : texts.entrySet()) {
      LoadedFile f =
          files.parse(
              e.getValue().getBytes(StandardCharsets.UTF_8),
              e.getKey(),
              service.display(e.getKey()),
              DocumentKind.OVERLAY);
      kept.add(f);
      findings.addAll(f.findings());
      if (f.document() instanceof Overlay o) {
        overlays.add(o);
      }
    }
    CatalogTree t = loaded.tree();
    CatalogTree candidate =
        new CatalogTree(t.root(), t.config(), t.basics(), overlays, t.register());
    TreeLoader.Result whole = new TreeLoader.Result(candidate, kept, findings);
    List<String> domains = planned.stream().map(p -> p.delta().domain()).toList();
    TreeLoader.Result chain = ChainScope.of(whole, code, domains);
    List<Finding> out =
        new ArrayList<>(
            new Checker(
                    messages,
                    List.of(
                        new ResolutionCheck(new Resolver(candidate)),
                        new StaleOverlayCheck(messages)))
                .check(chain));
    if (!below) {
      return new Checked(out, Set.of());
    }
    BelowCheck check = new BelowCheck(messages, loaded, code, Set.copyOf(domains));
    out.addAll(check.caused(overlays));
    return new Checked(out, check.files());
  }

  /**
   * The reader's "unknown channel, kept as written" warnings at cells where the check reports the
   * same channel as GK103, with its suggestion: the cause is said once, by the check.
   */
  private static List<ImportNote> unknownChannelsChecked(
      List<ImportNote> notes, List<Finding> findings, List<Planned> planned) {
    Set<String> cells = new HashSet<>();
    for (Finding f : findings) {
      if (f.rule() == Rule.UNKNOWN_CHANNEL) {
        Path at = normal(f.loc().file().path());
        for (Planned p : planned) {
          if (p.target().equals(at)) {
            RegionDelta.At cell = p.delta().place(f.loc().pointer());
            cells.add(cell.sheet() + "!" + cell.cell());
          }
        }
      }
    }
    return notes.stream()
        .filter(n -> n.key().equals("import.unknownChannel"))
        .filter(n -> cells.contains(n.sheet() + "!" + n.cell()))
        .toList();
  }

  /**
   * A finding in one of the new overlays at the table's {@code sheet!cell} that holds the value;
   * any other at its file and line.
   */
  private static String render(Finding f, Path file, List<Planned> planned, Messages messages) {
    Path at = normal(f.loc().file().path());
    String where = null;
    for (Planned p : planned) {
      if (p.target().equals(at)) {
        RegionDelta.At cell = p.delta().place(f.loc().pointer());
        where = file.toString();
        if (cell.sheet() != null) {
          where += ":" + ImportNote.where(cell.sheet(), cell.cell(), messages);
        }
      }
    }
    if (where == null) {
      where = f.loc().file().display() + ":" + f.loc().line() + ":" + f.loc().column();
    }
    return TerminalText.quote(
        where + ": " + f.severity().word() + " " + f.rule().id() + ": " + f.message());
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** Whether an error above names a cell of the table (the closing line then points at cells). */
  private static boolean namesACell(List<ImportNote> notes, List<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError)
        || notes.stream().anyMatch(n -> n.severity() == Severity.ERROR && n.cell() != null);
  }
}
