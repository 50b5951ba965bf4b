package org.gkml.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gkml.export.ExcelLayout;
import org.gkml.export.ExcelMetadata;
import org.gkml.i18n.Messages;
import org.gkml.importer.TableReader.Draft;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.DomainNames;
import org.gkml.model.Field;
import org.gkml.model.HeaderWords;
import org.gkml.model.HeaderWords.Role;
import org.gkml.model.Item;
import org.gkml.model.ItemName;
import org.gkml.model.Loc;
import org.gkml.model.Mode;
import org.gkml.model.Policy;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.gkml.model.Tier;
import org.gkml.text.TextFold;

/**
 * Turns a published catalogue table — a workbook (.xlsx, .xls), a saved web page or a Word
 * document, whichever the file's content says — into catalogues, one per domain found in it. The
 * readers give {@link TableGrid}s; each grid's table is found by its header words ({@link
 * TableLayout}) and read by the one interpreter ({@link TableReader}); its domain comes from the
 * hidden gkml sheet, the title rows, the caption or the sheet name. Whatever cannot be used is
 * reported, never silently dropped; a required element a table lacks is left out of the item and
 * reported as an error.
 */
public final class TableImporter {
  /** The issuer written when a table names none (the schema requires one). */
  static final String NO_ISSUER = "未注明";

  private final ChannelCells channels;
  private final WorkbookReader.Limits limits;
  private final DomainNames domains = DomainNames.standard();
  private final Supplier<Set<String>> reservedIds;
  private Set<String> reserved;
  private final boolean simplified;

  /** For a region's import: what its ids start with and which ids in the table it keeps. */
  private RegionIds region;

  /**
   * How an import for a region names items (issue 14): a new item's id is {@code prefix} of its
   * domain (e.g. {@code 511703-AQSC-}) and a number; an id the table gives is kept only when {@code
   * keep} accepts it for the domain (an item the region inherits or added itself), otherwise the
   * row is a new item. A domain {@code prefix} gives null for is numbered as without a region.
   */
  public record RegionIds(Function<String, String> prefix, BiPredicate<String, String> keep) {}

  public TableImporter(ChannelVocabulary vocabulary) {
    this(vocabulary, WorkbookReader.Limits.defaults(), Set::of, false);
  }

  /**
   * An importer whose generated ids avoid {@code reserved} (the ids of the catalogue tree) and
   * that, with {@code simplified}, writes the published text in simplified characters.
   */
  public TableImporter(ChannelVocabulary vocabulary, Set<String> reserved, boolean simplified) {
    this(vocabulary, WorkbookReader.Limits.defaults(), () -> reserved, simplified);
  }

  /** As above, the reserved ids asked for only when an id is generated (a tree scan costs). */
  public TableImporter(
      ChannelVocabulary vocabulary, Supplier<Set<String>> reserved, boolean simplified) {
    this(vocabulary, WorkbookReader.Limits.defaults(), reserved, simplified);
  }

  TableImporter(ChannelVocabulary vocabulary, WorkbookReader.Limits limits) {
    this(vocabulary, limits, Set::of, false);
  }

  TableImporter(
      ChannelVocabulary vocabulary,
      WorkbookReader.Limits limits,
      Supplier<Set<String>> reserved,
      boolean simplified) {
    this.channels = new ChannelCells(vocabulary);
    this.limits = limits;
    this.reservedIds = reserved;
    this.simplified = simplified;
  }

  /** This importer, reading tables as a region's edited catalogue (see {@link RegionIds}). */
  public TableImporter forRegion(RegionIds ids) {
    this.region = ids;
    return this;
  }

  /**
   * The file name {@code -o DIR} gives a domain's catalogue: its slug, e.g. safety-production.yaml.
   */
  public static String fileName(String domain) {
    return DomainNames.standard().fileName(domain);
  }

  /**
   * The domain a {@code --domain} value names where a new domain may be meant: a known slug as its
   * domain's name, a slip of a known name or slug a usage error suggesting it, anything else as
   * given. {@code tree}: the names and slugs of a tree's own domains, each with the domain's name.
   */
  public static String domainNamed(String given, Map<String, String> tree) {
    return DomainNames.standard().named(given, tree);
  }

  /**
   * Reads a table file. {@code domain} (may be null) names the domain of tables that do not say,
   * and when given keeps only that domain's tables; {@code display} is the file as users see it.
   */
  public ImportResult read(Path file, String domain, String display) {
    return read(WorkbookReader.read(file, limits), file, domain, display);
  }

  /** Reads tables already in the model (a reader's output, or a test's). */
  ImportResult read(List<TableGrid> grids, Path file, String domain, String display) {
    return read(new WorkbookReader.Result(grids, List.of()), file, domain, display);
  }

  private ImportResult read(WorkbookReader.Result book, Path file, String domain, String display) {
    List<ImportNote> notes = new ArrayList<>(book.notes());
    Map<String, ExcelMetadata.SheetKeys> meta = Map.of();
    Map<String, String> sources = Map.of();
    for (TableGrid g : book.sheets()) {
      if (isMetadata(g)) {
        meta = ExcelMetadata.read(g.texts());
        sources = ExcelMetadata.sources(g.texts());
      }
    }
    // every item read, made into rows once all tables are read (a table continuing another may
    // still join rows to the last item of the one before)
    List<Draft> read = new ArrayList<>();
    // the last catalogue table: its grid, layout, domain (null when left out) and what it hands on
    TableGrid previousGrid = null;
    TableLayout previous = null;
    String previousDomain = null;
    String previousFound = null;
    TableReader.Carry carry = null;
    // whether gkml wrote the last table read (one row per item): a piece continuing it is alike
    boolean previousOwn = false;
    SourceFile source = SourceFile.unstructured(file, display);
    Map<String, Domain> byDomain = new LinkedHashMap<>();
    Set<ExportedFor> exportedFor = new LinkedHashSet<>();
    for (TableGrid g : book.sheets()) {
      if (isMetadata(g)) {
        continue;
      }
      if (!meta.isEmpty() && g.name().equals(ExcelLayout.INDEX_SHEET)) {
        // gkml's own 目录 sheet: derived counts, nothing to import; it says whose table it is
        ExportedFor.of(new TitleFacts(rowTexts(g))).ifPresent(exportedFor::add);
        continue;
      }
      if (g.kind() == TableGrid.Kind.TABLE && OwnIndexTable.is(g)) {
        // gkml's own Word document's list of domains, as its workbook's 目录 sheet: derived
        // counts, passed over without a word (a file gkml wrote imports back under --strict)
        continue;
      }
      Optional<TableLayout> layout = TableLayout.detect(g);
      boolean continued = false;
      if (layout.isEmpty() && previous != null) {
        // a table split where a page broke, the header printed only once
        Continuation how = Continuation.of(g, previousGrid, previous);
        String before = previousFound != null ? previousFound : previousDomain;
        String own = before == null ? null : ownDomain(g, previousGrid);
        if (how == Continuation.YES && own != null && !sameDomain(own, before)) {
          // no header, but a heading of its own naming another domain: that domain's table,
          // printed under the columns of the one before (read below as a table of its own)
          layout = Optional.of(previous.continued());
          notes.add(
              ImportNote.warning(
                  g.name(), null, forKind(g, "import.headerlessOtherDomain"), own, before));
        } else if (how == Continuation.YES) {
          layout = Optional.of(previous.continued());
          notes.add(
              ImportNote.info(
                  g.name(),
                  null,
                  g.kind() == TableGrid.Kind.SHEET
                      ? "import.continuedSheet"
                      : "import.continuedTable"));
          continued = true;
        } else if (how == Continuation.UNSURE) {
          notes.add(
              ImportNote.error(
                  g.name(),
                  null,
                  forKind(g, "import.continuedTableUnsure"),
                  g.columnCount(),
                  previousGrid.width()));
          continue;
        }
      }
      if (layout.isEmpty()) {
        if (InfoTable.is(g)) {
          // a web page's 索引号 / 发布机构 / 名称 table: its facts go with the tables after it
          notes.add(ImportNote.info(g.name(), null, "import.infoTable"));
        } else if (hasText(g)) {
          notes.add(ImportNote.warning(g.name(), null, forKind(g, "import.noTable")));
        }
        continue;
      }
      ExcelMetadata.SheetKeys keys = meta.get(g.name());
      String name;
      String found;
      if (continued) {
        name = previousDomain;
        found = previousFound;
      } else {
        String titleRows = TableReader.titleRows(g, layout.get());
        found = foundDomain(g, titleRows, keys);
        boolean sameHeader = previous != null && keys == null && previous.sameColumns(layout.get());
        if (found == null && sameHeader && (previousDomain != null || previousFound != null)) {
          // each item its own table, the header repeated, no title between: as a header printed
          // again in the middle of one table, the table goes on
          notes.add(ImportNote.info(g.name(), null, forKind(g, "import.sameHeaderTable")));
          found = previousFound;
          name = previousDomain;
          continued = true;
        } else {
          if (found == null && domain == null) {
            found = titledDomain(g, titleRows, notes);
          }
          name = domainOf(g, found, domain, notes);
          continued = sameHeader && name != null && name.equals(previousDomain);
        }
      }
      if (continued && name == null) {
        // the rest of a table left out (--domain named another): left out with it
        notes.add(
            ImportNote.warning(
                g.name(), null, forKind(g, "import.restOfOtherDomain"), previousFound, domain));
      }
      boolean own = (continued && previousOwn) || gkmlsOwn(meta, g, layout.get());
      TableReader.Output out =
          TableReader.read(
              g,
              layout.get(),
              channels,
              continued ? carry : null,
              own
                  ? RowJoining.ONE_ROW_PER_ITEM
                  : region != null ? RowJoining.NOT_INTO_IDS : RowJoining.AS_NUMBERED,
              // a region's overlay is checked by validate's rules before it is written
              new TableReader.Writing(this::text, region != null));
      read.addAll(out.drafts());
      previousGrid = g;
      previous = layout.get();
      previousDomain = name;
      previousFound = found;
      previousOwn = own;
      carry = out.carry();
      if (name == null) {
        continue;
      }
      if (keys == null) {
        keys = renamed(book, meta, name);
      }
      notes.addAll(out.notes());
      TitleFacts facts = TitleFacts.of(out.titleRows(), g.caption());
      ExportedFor.of(facts).ifPresent(exportedFor::add);
      ExcelMetadata.SheetKeys domainKeys = keys;
      Domain d = byDomain.computeIfAbsent(name, n -> new Domain(n, domainKeys, facts));
      d.sheets.add(out);
      d.elements.put(g.name(), out.elements());
      d.layouts.put(g.name(), out.layout());
    }
    List<ImportedRow> rows = new ArrayList<>();
    read.forEach(d -> rows.add(row(d)));
    missingSheets(book, meta, domain, byDomain.keySet(), notes);
    if (byDomain.isEmpty()) {
      notes.add(ImportNote.error(null, null, "import.nothing"));
    }
    List<Catalog> catalogs = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    Map<String, Map<String, Object>> extras = new HashMap<>();
    Map<String, RowPlace> places = new HashMap<>();
    for (Domain d : byDomain.values()) {
      catalogs.add(catalog(d, source, taken, notes, extras, places));
    }
    return new ImportResult(
        catalogs, notes, rows, extras, places, List.copyOf(exportedFor), sources);
  }

  /** A sheet's rows as lines of text, the cells of a row joined by a space. */
  private static List<String> rowTexts(TableGrid g) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : g.texts()) {
      lines.add(String.join(" ", row.stream().filter(t -> t != null && !t.isBlank()).toList()));
    }
    return lines;
  }

  /**
   * A domain sheet gkml's hidden sheet lists that the workbook no longer has (deleted, or renamed
   * where its domain is then told from its title): said, so that a region's overlay for it is known
   * to be kept, and a plain import to have left the domain out.
   */
  private void missingSheets(
      WorkbookReader.Result book,
      Map<String, ExcelMetadata.SheetKeys> meta,
      String wanted,
      Set<String> imported,
      List<ImportNote> notes) {
    Set<String> sheets = new HashSet<>();
    book.sheets().forEach(g -> sheets.add(g.name()));
    for (ExcelMetadata.SheetKeys k : meta.values()) {
      if (sheets.contains(k.sheet())
          || imported.stream().anyMatch(d -> sameDomain(d, k.domain()))
          || (wanted != null && !sameDomain(k.domain(), wanted))) {
        continue;
      }
      notes.add(
          region != null
              ? ImportNote.warning(null, null, "import.sheetMissing", k.sheet(), k.domain())
              : ImportNote.info(null, null, "import.sheetMissing.plain", k.sheet(), k.domain()));
    }
  }

  /**
   * The hidden sheet's keys for a sheet that was renamed: those of the one entry of its domain
   * whose sheet the workbook no longer has (its version, issuer and policy are still the
   * catalogue's), or null.
   */
  private ExcelMetadata.SheetKeys renamed(
      WorkbookReader.Result book, Map<String, ExcelMetadata.SheetKeys> meta, String domain) {
    Set<String> sheets = new HashSet<>();
    book.sheets().forEach(g -> sheets.add(g.name()));
    List<ExcelMetadata.SheetKeys> gone =
        meta.values().stream()
            .filter(k -> !sheets.contains(k.sheet()) && sameDomain(k.domain(), domain))
            .toList();
    return gone.size() == 1 ? gone.get(0) : null;
  }

  /**
   * Whether gkml wrote the table (one row per item, excel.md §1.1): its workbook has gkml's hidden
   * sheet, or the lines above it print the region it was exported for.
   */
  private static boolean gkmlsOwn(
      Map<String, ExcelMetadata.SheetKeys> meta, TableGrid g, TableLayout layout) {
    return !meta.isEmpty()
        || ExportedFor.of(TitleFacts.of(TableReader.titleRows(g, layout), g.caption())).isPresent();
  }

  private static boolean isMetadata(TableGrid g) {
    return g.kind() == TableGrid.Kind.SHEET
        && g.name().equals(ExcelLayout.METADATA_SHEET)
        && g.hidden();
  }

  /** A draft as the table reads, before 同上 is resolved and words are mapped. */
  private static ImportedRow row(Draft d) {
    return new ImportedRow(
        d.sheet,
        d.at,
        d.level1,
        d.level2,
        d.level3,
        d.content,
        d.basis,
        d.deadline,
        d.owner,
        List.copyOf(d.printedChannels.values()),
        d.audienceWords(),
        d.modeWords(),
        List.copyOf(d.tierWords));
  }

  /** The sheets of one domain, with what is known about its catalogue. */
  private static final class Domain {
    final String name;
    final ExcelMetadata.SheetKeys keys;
    final TitleFacts facts;
    final List<TableReader.Output> sheets = new ArrayList<>();
    final Map<String, Set<Role>> elements = new HashMap<>();
    final Map<String, TableLayout> layouts = new HashMap<>();

    Domain(String name, ExcelMetadata.SheetKeys keys, TitleFacts facts) {
      this.name = name;
      this.keys = keys;
      this.facts = facts;
    }
  }

  /** The domain a table names: the hidden sheet's, its title's, the text's before it, or null. */
  private String foundDomain(TableGrid g, String titleRows, ExcelMetadata.SheetKeys keys) {
    if (keys != null) {
      return keys.domain();
    }
    // the table's own title rows first, then the text printed before it from the nearest
    // line back (a page of several tables has a heading per domain), then the sheet name
    Optional<DomainNames.Domain> named =
        domains.find(TextFold.withoutGlosses(TextFold.aligned(titleRows)));
    for (String line : TitleFacts.of("", g.caption()).lines()) {
      if (named.isPresent()) {
        break;
      }
      named = domains.find(TextFold.withoutGlosses(TextFold.aligned(line)));
    }
    return named
        .or(() -> domains.find(TextFold.aligned(g.name())))
        .map(DomainNames.Domain::name)
        .orElse(null);
  }

  /**
   * The domain that the text printed above {@code g} and not above {@code previous} names (a
   * heading between the two tables; for a worksheet, its name), or null.
   */
  private String ownDomain(TableGrid g, TableGrid previous) {
    Set<String> shared = new HashSet<>(TitleFacts.of("", previous.caption()).lines());
    List<String> lines = new ArrayList<>(TitleFacts.of("", g.caption()).lines());
    for (String line : lines) { // nearest first, as foundDomain reads them
      if (!shared.contains(line)) {
        Optional<DomainNames.Domain> named =
            domains.find(TextFold.withoutGlosses(TextFold.aligned(line)));
        if (named.isPresent()) {
          return named.get().name();
        }
      }
    }
    if (g.kind() == TableGrid.Kind.SHEET) {
      return domains.find(TextFold.aligned(g.name())).map(DomainNames.Domain::name).orElse(null);
    }
    return null;
  }

  /**
   * A domain gkml does not know, as the title line names it (政府文件信息领域基层政务公开标准目录), with a warning
   * saying so; null when no title line names one.
   */
  private String titledDomain(TableGrid g, String titleRows, List<ImportNote> notes) {
    Optional<Map.Entry<String, String>> titled =
        TitleFacts.of(titleRows, g.caption()).namedDomain();
    if (titled.isEmpty()) {
      return null;
    }
    String found = text(titled.get().getKey());
    notes.add(
        ImportNote.warning(g.name(), null, "import.titleDomain", found, titled.get().getValue()));
    return found;
  }

  /**
   * The domain a table's items go to: the one it names, {@code wanted} where it names none, null
   * (reported) when it names another than {@code wanted}.
   */
  private String domainOf(TableGrid g, String found, String wanted, List<ImportNote> notes) {
    if (wanted != null) {
      if (found == null || sameDomain(found, wanted)) {
        return wanted;
      }
      notes.add(
          ImportNote.warning(g.name(), null, forKind(g, "import.otherDomain"), found, wanted));
      return null;
    }
    if (found == null) {
      notes.add(ImportNote.error(g.name(), null, forKind(g, "import.noDomain"), g.name()));
      return g.name();
    }
    return found;
  }

  /**
   * A note's key worded for where the grid came from: a sheet's as it is, a web page's or Word
   * document's table (named "table 2") with {@code .table}.
   */
  private static String forKind(TableGrid g, String key) {
    return g.kind() == TableGrid.Kind.SHEET ? key : key + ".table";
  }

  private boolean sameDomain(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Optional<DomainNames.Domain> da = domains.exact(a);
    Optional<DomainNames.Domain> db = domains.exact(b);
    return da.isPresent() && db.isPresent() && da.get().name().equals(db.get().name());
  }

  private static boolean hasText(TableGrid g) {
    for (int r = 0; r < g.rowCount(); r++) {
      for (int c = 0; c < g.columnCount(); c++) {
        if (!g.own(r, c).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- catalogues

  private Catalog catalog(
      Domain d,
      SourceFile source,
      Set<String> taken,
      List<ImportNote> notes,
      Map<String, Map<String, Object>> extras,
      Map<String, RowPlace> places) {
    ExcelMetadata.SheetKeys keys = d.keys;
    String title;
    String version;
    String issuer;
    String effective;
    Policy policy;
    if (keys != null) {
      title = keys.title() != null ? keys.title() : d.name + ExcelLayout.TITLE_TAIL;
      version = keys.version();
      issuer = keys.issuer();
      effective = keys.effective();
      policy = keys.policy();
    } else {
      // each fact as its label prints it, up to the next field (excel.md 1.3)
      String printed = d.facts.title(d.name).orElse(d.name + ExcelLayout.TITLE_TAIL);
      version = d.facts.version().orElse(LocalDate.now().getYear() + ".1");
      effective = effective(d, notes);
      issuer =
          text(d.facts.issuer().or(() -> TitleWords.issuerBefore(printed, d.name)).orElse(null));
      // written as the items are: in simplified characters without glosses with --simplified
      title = text(printed);
      policy = Policy.defaults();
    }
    if (issuer == null || issuer.isBlank()) {
      issuer = NO_ISSUER;
      notes.add(ImportNote.warning(d.sheets.get(0).sheet(), null, "import.noIssuer", NO_ISSUER));
    }
    List<Draft> drafts = new ArrayList<>();
    d.sheets.forEach(s -> drafts.addAll(s.drafts()));
    // explicit ids first, so generated ones never take an id the table uses further down
    for (Draft draft : drafts) {
      if (draft.id != null && region != null && !region.keep().test(d.name, draft.id)) {
        // an id that is neither inherited nor the region's own: the row is a new local item
        notes.add(
            ImportNote.info(
                draft.sheet,
                draft.grid.ref(draft.row, idColumn(d, draft)),
                "import.newId",
                draft.id));
        draft.id = null;
      }
      if (draft.id != null && !taken.add(draft.id)) {
        // at the 编号 cell that repeats it, not the row's first cell
        notes.add(
            ImportNote.warning(
                draft.sheet,
                draft.grid.ref(draft.row, idColumn(d, draft)),
                "import.duplicateId",
                draft.id));
        draft.id = null;
      }
    }
    String prefix = region != null ? region.prefix().apply(d.name) : null;
    if (prefix == null) {
      prefix = domains.code(d.name) + "-";
    }
    int seq = 0;
    List<Item> items = new ArrayList<>();
    Item previous = null;
    for (Draft draft : drafts) {
      if (draft.id == null) {
        if (reserved == null) {
          reserved = Set.copyOf(reservedIds.get());
        }
        String id;
        do {
          id = String.format(Locale.ROOT, "%s%03d", prefix, ++seq);
        } while (reserved.contains(id) || !taken.add(id));
        draft.id = id;
      }
      Item item = item(draft, previous, d, source, notes, extras);
      items.add(item);
      places.put(item.id(), place(draft, d.layouts.get(draft.sheet)));
      if (draft.removalReason != null && region == null) {
        notes.add(
            ImportNote.warning(
                draft.sheet, draft.removalCell, "import.removalWithoutRegion", draft.id));
      }
      previous = item;
    }
    if (region == null) {
      // a region's table is checked as its overlay, by validate's rules, GK102 included
      duplicateNames(items, places, notes);
    }
    missingColumns(d.sheets, notes);
    return new Catalog(d.name, title, version, issuer, effective, policy, items, source.at(1, 1));
  }

  /**
   * Items named alike (GK102, by validate's own key): the file written would not validate, so each
   * later one is an error at its 一级事项 cell naming the row of the first.
   */
  private static void duplicateNames(
      List<Item> items, Map<String, RowPlace> places, List<ImportNote> notes) {
    Map<ItemName, Item> named = new HashMap<>();
    for (Item item : items) {
      if (item.level1() == null) {
        continue; // reported as lacking its 一级事项
      }
      Item first = named.putIfAbsent(ItemName.of(item), item);
      if (first != null) {
        RowPlace here = places.get(item.id());
        RowPlace there = places.get(first.id());
        notes.add(
            ImportNote.error(
                here.sheet(),
                here.cell(Field.LEVEL1),
                "import.duplicateName",
                item.id(),
                ItemName.of(item).toString(),
                first.id(),
                Place.of(there.sheet(), there.cell(Field.LEVEL1)),
                Rule.DUPLICATE_PAIR.id()));
      }
    }
  }

  private static int idColumn(Domain d, Draft draft) {
    return d.layouts.get(draft.sheet).first(Role.ID).map(TableLayout.Column::index).orElse(0);
  }

  /** Where a draft's item stands: the first column of each field, the ticked one for a choice. */
  private static RowPlace place(Draft d, TableLayout layout) {
    Map<Field, String> cells = new LinkedHashMap<>();
    String idCell = null;
    boolean tierTicked = false;
    Map<Tier, String> tierCells = new EnumMap<>(Tier.class);
    for (TableLayout.Column col : layout.columns()) {
      if (col.role() == null) {
        continue;
      }
      String ref = d.grid.ref(d.row, col.index());
      switch (col.role()) {
        case ID -> idCell = idCell == null ? ref : idCell;
        case ITEM, LEVEL1 -> cells.putIfAbsent(Field.LEVEL1, ref);
        case LEVEL2 -> cells.putIfAbsent(Field.LEVEL2, ref);
        case LEVEL3 -> cells.putIfAbsent(Field.LEVEL3, ref);
        case CONTENT -> cells.putIfAbsent(Field.CONTENT, ref);
        case BASIS -> cells.putIfAbsent(Field.BASIS, ref);
        case DEADLINE -> cells.putIfAbsent(Field.DEADLINE, ref);
        case OWNER -> cells.putIfAbsent(Field.OWNER, ref);
        case DEPARTMENT -> cells.putIfAbsent(Field.DEPARTMENT, ref);
        case CONTACT -> cells.putIfAbsent(Field.CONTACT, ref);
        case CHANNELS, CHANNEL -> cells.putIfAbsent(Field.CHANNELS, ref);
        case AUDIENCE, AUDIENCE_PUBLIC -> {
          cells.putIfAbsent(Field.AUDIENCE, ref);
          cells.putIfAbsent(Field.AUDIENCE_NOTE, ref);
        }
        case AUDIENCE_SPECIFIC -> {
          cells.put(Field.AUDIENCE_NOTE, ref);
          if (d.audienceSpecific && !d.audiencePublic) {
            cells.put(Field.AUDIENCE, ref); // the tick that narrowed who may see the item
          } else {
            cells.putIfAbsent(Field.AUDIENCE, ref);
          }
        }
        case MODE, MODE_PROACTIVE -> cells.putIfAbsent(Field.MODE, ref);
        case MODE_ON_REQUEST -> {
          if (d.onRequest && !d.proactive) {
            cells.put(Field.MODE, ref); // the tick that made the item on request
          } else {
            cells.putIfAbsent(Field.MODE, ref);
          }
        }
        case TIERS -> cells.putIfAbsent(Field.TIERS, ref);
        case TIER -> {
          col.tiers().forEach(t -> tierCells.putIfAbsent(t, ref));
          // the first ticked tier column, the highest tier ticked: where a tier above the
          // region's own (GK214) was ticked, rather than the first tier column
          if (!tierTicked && !Collections.disjoint(d.tiers, col.tiers())) {
            cells.put(Field.TIERS, ref);
            tierTicked = true;
          } else {
            cells.putIfAbsent(Field.TIERS, ref);
          }
        }
        case NOTE -> {
          cells.putIfAbsent(Field.NOTE, ref);
          cells.putIfAbsent(Field.OPTIONAL, ref);
        }
        default -> {}
      }
    }
    List<RowPlace.Kept> kept = new ArrayList<>();
    d.keptCells.forEach((cell, hl) -> kept.add(new RowPlace.Kept(cell, hl[0], hl[1])));
    return new RowPlace(
        d.sheet,
        d.at,
        idCell,
        cells,
        d.removalReason,
        d.removalCell,
        kept,
        d.grid.kind() == TableGrid.Kind.SHEET,
        tierCells);
  }

  /** The 施行日期 printed with the table as YYYY-MM-DD; one that is no date is reported. */
  private static String effective(Domain d, List<ImportNote> notes) {
    Optional<String> printed = d.facts.effectiveText();
    if (printed.isEmpty()) {
      return null;
    }
    Optional<String> iso = TitleFacts.isoDate(printed.get());
    if (iso.isEmpty()) {
      notes.add(
          ImportNote.warning(d.sheets.get(0).sheet(), null, "import.badEffective", printed.get()));
    }
    return iso.orElse(null);
  }

  private Item item(
      Draft d,
      Item previous,
      Domain domain,
      SourceFile source,
      List<ImportNote> notes,
      Map<String, Map<String, Object>> extras) {
    Set<Role> present = domain.elements.get(d.sheet);
    TableLayout layout = domain.layouts.get(d.sheet);
    Map<String, Object> extra = new LinkedHashMap<>();
    Audience audience = null;
    if (d.audiencePublic) {
      audience = Audience.PUBLIC;
      if (d.audienceSpecific) {
        // FORMAT 1.1: an item ticked for both audiences lists both
        extra.put("audience", List.of(Audience.PUBLIC.word(), Audience.SPECIFIC.word()));
      }
    } else if (d.audienceSpecific) {
      audience = Audience.SPECIFIC;
    }
    Mode mode = null;
    if (d.proactive) {
      mode = Mode.PROACTIVE;
      if (d.onRequest) {
        // at the first of the two ticks (the 主动 cell), where a person looks for them
        notes.add(
            ImportNote.warning(
                d.sheet, place(d, layout).cell(Field.MODE), "import.bothModes", d.id));
      }
    } else if (d.onRequest) {
      mode = Mode.ON_REQUEST;
    }
    // 同上 repeats the item above: the published word is kept in the rows, the meaning here
    // a name a narrow cell wrapped over lines (征收/启动/要件) is one name
    String level1 =
        WrappedNames.unwrap(
            same(d, Role.LEVEL1, d.level1, previous == null ? null : previous.level1()));
    String level2 =
        WrappedNames.unwrap(
            same(d, Role.LEVEL2, d.level2, previous == null ? null : previous.level2()));
    String content = same(d, Role.CONTENT, d.content, previous == null ? null : previous.content());
    String deadline =
        same(d, Role.DEADLINE, d.deadline, previous == null ? null : previous.deadline());
    String owner = same(d, Role.OWNER, d.owner, previous == null ? null : previous.owner());
    List<String> basis =
        d.sameAsAbove.contains(Role.BASIS) && previous != null
            ? previous.basis()
            : d.basis == null ? List.of() : BasisText.split(text(d.basis));
    List<String> itemChannels =
        d.sameAsAbove.contains(Role.CHANNELS) && previous != null
            ? previous.channels()
            : d.channels.values().stream().map(this::text).toList();
    putText(extra, "level3", WrappedNames.unwrap(d.level3));
    putText(extra, "department", d.department);
    putText(extra, "contact", d.contact);
    if (!d.groups.isEmpty()) {
      extra.put("audience-note", text(String.join("、", d.groups)));
    }
    if (!extra.isEmpty()) {
      extras.put(d.id, extra);
    }
    missing(d, level1 == null, "level1", layout, present, Role.LEVEL1, notes);
    missing(d, content == null, "content", layout, present, Role.CONTENT, notes);
    missing(d, basis.isEmpty(), "basis", layout, present, Role.BASIS, notes);
    missing(d, deadline == null, "deadline", layout, present, Role.DEADLINE, notes);
    missing(d, owner == null, "owner", layout, present, Role.OWNER, notes);
    missing(d, itemChannels.isEmpty(), "channels", layout, present, Role.CHANNELS, notes);
    missing(d, audience == null, "audience", layout, present, Role.AUDIENCE, notes);
    missing(d, mode == null, "mode", layout, present, Role.MODE, notes);
    missing(d, d.tiers.isEmpty(), "tiers", layout, present, Role.TIERS, notes);
    if (d.audiencePublic && d.audienceSpecific) {
      audience = Audience.BOTH;
    }
    return new Item(
        d.id,
        level1,
        level2,
        (String) extra.get("level3"),
        content,
        basis,
        deadline,
        owner,
        (String) extra.get("department"),
        (String) extra.get("contact"),
        itemChannels,
        audience,
        (String) extra.get("audience-note"),
        mode,
        d.tiers,
        d.optional,
        text(d.note()),
        new Loc(source, "/" + d.sheet + "/" + (d.row + 1), d.row + 1, 1));
  }

  /** A field's value, the item above's where the table printed 同上. */
  private String same(Draft d, Role role, String printed, String above) {
    if (d.sameAsAbove.contains(role) && above != null) {
      return above;
    }
    return text(printed);
  }

  /** Published text as written, or in simplified characters with {@code --simplified}. */
  private String text(String s) {
    return simplified ? TextFold.simplified(s) : s;
  }

  private void putText(Map<String, Object> m, String key, String value) {
    if (value != null) {
      m.put(key, text(value));
    }
  }

  /** A required element an item lacks; a whole missing column is reported once, per sheet. */
  private static void missing(
      Draft d,
      boolean lacks,
      String field,
      TableLayout layout,
      Set<Role> present,
      Role role,
      List<ImportNote> notes) {
    if (lacks && present.contains(role)) {
      int col =
          layout.columns().stream()
              .filter(c -> c.role() != null && TableReader.Output.element(c.role()) == role)
              .mapToInt(TableLayout.Column::index)
              .findFirst()
              .orElse(0);
      if (d.grid.isUnsavedFormula(d.row, col)) {
        return; // the formula without a saved value is already the error at this cell
      }
      notes.add(
          ImportNote.error(d.sheet, d.grid.ref(d.row, col), "import.missing", d.id, label(field)));
    }
  }

  /** A field as the report names it, key and table word: {@code deadline（公开时限）}. */
  private static Messages.Text label(String field) {
    return new Messages.Text("field." + field);
  }

  private static final List<Role> REQUIRED =
      List.of(
          Role.LEVEL1,
          Role.CONTENT,
          Role.BASIS,
          Role.DEADLINE,
          Role.OWNER,
          Role.CHANNELS,
          Role.AUDIENCE,
          Role.MODE,
          Role.TIERS);

  /**
   * One error per element a table has no column for, counting its items. A table that continues the
   * one before it (no header of its own: a page split) lacks what that one lacks: it is said once,
   * at the first piece, for the items of all pieces.
   */
  private static void missingColumns(List<TableReader.Output> sheets, List<ImportNote> notes) {
    TableReader.Output at = null;
    List<Role> missing = List.of();
    int items = 0;
    for (TableReader.Output s : sheets) {
      if (s.drafts().isEmpty()) {
        continue;
      }
      Set<Role> roles = s.elements();
      List<Role> lacking = REQUIRED.stream().filter(r -> !roles.contains(r)).toList();
      if (at != null && s.layout().dataRow() == 0 && lacking.equals(missing)) {
        items += s.drafts().size();
        continue;
      }
      missingColumns(at, missing, items, notes);
      at = s;
      missing = lacking;
      items = s.drafts().size();
    }
    missingColumns(at, missing, items, notes);
  }

  private static void missingColumns(
      TableReader.Output table, List<Role> missing, int items, List<ImportNote> notes) {
    for (Role role : missing) {
      Optional<TableLayout.Column> named = namedButUnread(table.layout(), role);
      notes.add(
          named.isPresent()
              ? ImportNote.error(
                  table.sheet(),
                  null,
                  "import.missingColumn.unread",
                  label(role.key()),
                  items,
                  TableReader.excerpt(named.get().header()))
              : ImportNote.error(
                  table.sheet(), null, "import.missingColumn", label(role.key()), items));
    }
  }

  /**
   * A column whose header has the element's word but was not read as its column (a header too long
   * to be one, or a word no rule reads): the error names it, as the note report does, rather than
   * saying the table has no such column.
   */
  private static Optional<TableLayout.Column> namedButUnread(TableLayout layout, Role role) {
    return layout.columns().stream()
        .filter(c -> c.role() == null && !c.header().isEmpty())
        .filter(
            c ->
                HeaderWords.classify(c.header())
                    .map(m -> TableReader.Output.element(m.role()) == role)
                    .orElse(false))
        .findFirst();
  }
}
