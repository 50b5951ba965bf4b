package org.gkml.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.gkml.check.Validation;
import org.gkml.load.FolderCodes;
import org.gkml.load.LoadedFile;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.Catalog;
import org.gkml.model.Document;
import org.gkml.model.Finding;
import org.gkml.model.Item;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Suppressed;

/**
 * A tree that differs from a stored one only in the bytes of a few overlays or basic catalogues,
 * checked again in part: the findings of every file a changed file can affect are computed anew
 * from a scope that holds everything they depend on, and every other file keeps its stored
 * findings.
 *
 * <p>Which files an overlay's change can affect is {@link Dependents}' to say (validate --changed
 * asks it too): its own findings, the regions below it, and the overlays sharing an id or its
 * (region, domain). A basic catalogue's change can affect its own findings, every overlay of its
 * domain (resolution, GK303, GK403, GK404: a province's overlays of one domain are read, not those
 * of the others), GK101 and GK305 at the other basic catalogues, and GK101 at the overlays adding
 * an id it holds or held. All other whole-tree findings depend on what this path requires to stay
 * the same: the config, the register and the set of files (the tree's shape), every changed overlay
 * still loading with its region code and domain (so the regions the tree knows are the same), every
 * changed basic catalogue still loading with its domain and its ids (an unknown target, GK201, in
 * an overlay of any domain names the domain whose basic catalogue holds the id), and one province
 * for all codes (so GK307's "the tree's province" is that of any part of it). Anything else is
 * checked whole.
 *
 * <p>A file whose findings are computed anew is judged in a scope holding, for it and for every
 * file sharing an id or a (region, domain) with it, the overlays of their regions and of the
 * regions above them, with the config and the basic catalogues: all that resolution, GK101 (with
 * GK212 taking its place on a chain) and GK302 look at for that file. The files that make an
 * overlay below them "not checked" are read in every part: the files that did not load, and the
 * overlays whose domain has no basic catalogue (a parent's domain misspelt or mended is a change of
 * domain, so checked whole).
 */
final class ChangedOverlays {
  /** More changed files than this are checked whole: the part would be most of the tree. */
  static final int MAX_CHANGED = 200;

  static final char SEP = '\u0001';
  static final String UNSURE = "?";
  // starts a basic catalogue's summary: never the first character of a region code
  static final char BASIC = 'B';
  // starts the summary of an overlay whose code is a slip: not a loaded overlay, but its added
  // ids still clash (GK101) with those of others
  static final char MISFILED = 'M';

  private ChangedOverlays() {}

  /**
   * What a stored run knew of one file, in the scope's order: of a loaded overlay its region,
   * domain and added ids; of a loaded basic catalogue (marked {@link #BASIC}) its domain and ids;
   * "" for any other file.
   */
  static String summary(Document d) {
    if (d instanceof Catalog c) {
      StringBuilder s = new StringBuilder().append(BASIC).append(SEP).append(c.domain());
      for (Item i : c.items()) {
        s.append(SEP).append(i.id());
      }
      if (c.domain().indexOf(SEP) >= 0
          || c.items().stream().anyMatch(i -> i.id().indexOf(SEP) >= 0)) {
        return UNSURE;
      }
      return s.toString();
    }
    if (!(d instanceof Overlay o)) {
      return "";
    }
    StringBuilder s = new StringBuilder(o.region().code().digits()).append(SEP).append(o.domain());
    for (Item i : o.adds()) {
      s.append(SEP).append(i.id());
    }
    if (o.domain().indexOf(SEP) >= 0 || o.adds().stream().anyMatch(i -> i.id().indexOf(SEP) >= 0)) {
      return UNSURE; // a summary that could not be read back: no part check on this tree
    }
    return s.toString();
  }

  /**
   * As {@link #summary(Document)}, for a document of the tree at {@code root} with {@code
   * register}: for an overlay whose code is a slip (load.FolderCodes#misfiled), only its added ids
   * (marked {@link #MISFILED}). Such a file stands for its folder's code, which its summary cannot
   * say: the files it makes "not checked" lie below that code, not below its own. As a file that
   * does not load, it is read in every part check, and a change to it is checked whole; its added
   * ids still clash with others' (GK101 in its own findings), so a change adding or dropping one of
   * them is checked whole too ({@link #misfiledShares}).
   */
  static String summary(Document d, Path root, Map<RegionCode, String> register) {
    if (d instanceof Overlay o && FolderCodes.misfiled(o, root, register) != null) {
      StringBuilder s = new StringBuilder().append(MISFILED);
      for (Item i : o.adds()) {
        if (i.id().indexOf(SEP) >= 0) {
          return UNSURE;
        }
        s.append(SEP).append(i.id());
      }
      return s.toString();
    }
    return summary(d);
  }

  /** The ids a summary of an overlay whose code is a slip says it adds; empty for any other. */
  static List<String> misfiledAdds(String summary) {
    if (summary.isEmpty() || summary.charAt(0) != MISFILED) {
      return List.of();
    }
    String[] parts = summary.split(String.valueOf(SEP), -1);
    return List.of(Arrays.copyOfRange(parts, 1, parts.length));
  }

  /**
   * Whether an overlay whose code is a slip (which keeps its findings, GK101 among them, only while
   * no id it adds is added or dropped elsewhere) adds one of {@code ids}: such a file's findings
   * are not bounded by the overlays a change reaches.
   */
  static boolean misfiledShares(List<String> summaries, Set<String> ids) {
    for (String summary : summaries) {
      for (String id : misfiledAdds(summary)) {
        if (ids.contains(id)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The summaries of a whole run's files, in {@code scope}'s order. */
  static List<String> summaries(Scope scope, TreeLoader.Result loaded) {
    Map<Path, Document> documents = new HashMap<>(loaded.files().size() * 4 / 3 + 1);
    for (LoadedFile f : loaded.files()) {
      if (f.document() != null) {
        documents.put(f.file().path(), f.document());
      }
    }
    // (on the cores: a province's 51,000 summaries took a tenth of a second at the end of a run)
    List<Path> read = scope.read();
    Path root = loaded.tree().root();
    Map<RegionCode, String> register = loaded.tree().register();
    String[] out = new String[read.size()];
    IntStream.range(0, out.length)
        .parallel()
        .forEach(i -> out[i] = summary(documents.get(read.get(i)), root, register));
    return Arrays.asList(out);
  }

  /** A stored run: its outcome and what it knew of each file. */
  record Before(
      List<Finding> findings,
      List<Suppressed> suppressed,
      Function<Finding, String> subjects,
      boolean unreadable,
      byte[] digests,
      List<String> summaries) {}

  /** The checked tree and what to store of it. */
  record After(Validation validation, Function<Finding, String> subjects, List<String> summaries) {}

  /** One basic catalogue as a summary says: its domain and item ids. */
  private record Basic(String domain, Set<String> ids) {
    /** The basic catalogue a summary describes, or null for any other file. */
    static Basic of(String summary) {
      if (summary.isEmpty() || summary.charAt(0) != BASIC) {
        return null;
      }
      String[] parts = summary.split(String.valueOf(SEP), -1);
      return new Basic(parts[1], Set.copyOf(Arrays.asList(parts).subList(2, parts.length)));
    }
  }

  /**
   * The tree checked in part, or null when it must be checked whole.
   *
   * @param check how a scope is checked, with the files' bytes from {@code contents}
   * @param skeleton the whole tree's file list, and no findings
   */
  static After check(
      Before before,
      TreeContents contents,
      Scope whole,
      TreeLoader loader,
      ValidationCache.Check check,
      Validation skeleton) {
    List<Path> files = whole.read();
    int d = TreeContents.DIGEST_BYTES;
    byte[] now = contents.digests();
    if (before.digests().length != now.length || before.summaries().size() != files.size()) {
      return null;
    }
    if (before.summaries().contains(UNSURE)) {
      return null;
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (!Arrays.equals(before.digests(), i * d, (i + 1) * d, now, i * d, (i + 1) * d)) {
        changed.add(i);
        String was = before.summaries().get(i);
        if (changed.size() > MAX_CHANGED
            || Dependents.Known.of(was) == null && Basic.of(was) == null) {
          return null; // not an overlay that loaded: the config, a basic catalogue, a broken file
        }
      }
    }
    if (changed.isEmpty()) {
      return null;
    }
    Dependents.Known[] known = new Dependents.Known[files.size()];
    for (int i = 0; i < files.size(); i++) {
      known[i] = Dependents.Known.of(before.summaries().get(i));
    }
    // the changed overlays as they are now, from the very bytes the key names
    List<Path> changedPaths = changed.stream().map(files::get).toList();
    TreeLoader.Result changedNow =
        loader.load(new Scope(whole.root(), changedPaths, Set.of()), null, contents.peek());
    Map<Path, Document> nowDocs = new HashMap<>();
    changedNow.files().forEach(f -> nowDocs.put(f.file().path(), f.document()));
    Dependents.Known[] after = known.clone();
    // the domains of the changed basic catalogues, and every id they hold before or after
    Set<String> basicDomains = new HashSet<>();
    Set<String> basicIds = new HashSet<>();
    for (int i : changed) {
      String summary =
          summary(nowDocs.get(files.get(i)), whole.root(), changedNow.tree().register());
      if (summary.equals(UNSURE)) {
        return null;
      }
      Basic was = Basic.of(before.summaries().get(i));
      if (was != null) {
        Basic is = Basic.of(summary);
        if (is == null || !is.domain().equals(was.domain())) {
          return null; // no longer loads, or names another domain (GK303, GK305 anywhere)
        }
        if (!is.ids().equals(was.ids())) {
          // an unknown target (GK201) in an overlay of any domain says which domain's basic
          // catalogue holds the id it names: ids added or dropped reach beyond this domain
          return null;
        }
        basicDomains.add(was.domain());
        basicIds.addAll(was.ids());
        basicIds.addAll(is.ids());
        continue;
      }
      Dependents.Known k = Dependents.Known.of(summary);
      if (k == null || !k.code().equals(known[i].code()) || !k.domain().equals(known[i].domain())) {
        return null; // no longer loads, or moved to another region or domain
      }
      after[i] = k;
    }
    String province = null;
    for (Dependents.Known k : known) {
      if (k != null) {
        String p = k.code().substring(0, 2);
        if (province == null) {
          province = p;
        } else if (!province.equals(p)) {
          return null;
        }
      }
    }
    Set<String> changedIds = new HashSet<>(basicIds);
    for (int i : changed) {
      for (Dependents.Known k : new Dependents.Known[] {known[i], after[i]}) {
        if (k != null) {
          changedIds.addAll(k.adds());
        }
      }
    }
    if (misfiledShares(before.summaries(), changedIds)) {
      return null; // rare: a slipped overlay's clashes reach files no summary relates to it
    }
    // the changed overlays, every overlay of a region below one of them, and the files sharing an
    // id or a (region, domain) with them: checked anew
    Dependents.Reach reach = Dependents.reach(known, after, changed);
    Set<Integer> moved = reach.below();
    Set<Integer> reported = new HashSet<>(reach.reported());
    // a changed basic catalogue: every overlay of its domain (resolution, GK303, GK403, GK404)
    // and every overlay adding an id it holds or held (GK101); its domain's overlays are read
    // whole, so their chains need nothing more (resolution never looks at another domain; the
    // overlays without a basic catalogue that it reports as parents are read below, always)
    Set<Integer> wide = new HashSet<>();
    if (!basicDomains.isEmpty()) {
      for (int j = 0; j < files.size(); j++) {
        if (known[j] != null && basicDomains.contains(known[j].domain())) {
          wide.add(j);
        } else if (Dependents.touches(known[j], basicIds, Set.of())
            || after[j] != known[j] && Dependents.touches(after[j], basicIds, Set.of())) {
          reported.add(j);
        }
      }
      reported.addAll(wide);
    }
    // files read: those, what shares with them, and the overlays of their regions and above
    Set<Integer> read = new HashSet<>(reported);
    read.addAll(Dependents.sharing(reported, known, after));
    Set<String> regions = new HashSet<>();
    for (int i : read) {
      if (wide.contains(i) && !moved.contains(i)) {
        continue;
      }
      String code = known[i].code();
      for (int length = code.length(); length >= 6; length -= 3) {
        regions.add(code.substring(0, length));
      }
    }
    // and every overlay whose domain has no basic catalogue (GK303, a misspelt domain): not
    // applied, it is to the overlays below it what a broken parent is (their entries are not
    // checked against it: one note), whatever domain the file now names; rare, so read them all
    Set<String> basicsNow = new HashSet<>();
    for (String summary : before.summaries()) {
      Basic b = Basic.of(summary);
      if (b != null) {
        basicsNow.add(b.domain()); // a changed one keeps its domain, or this is checked whole
      }
    }
    Set<String> places = new HashSet<>();
    for (int j = 0; j < files.size(); j++) {
      if (known[j] != null
          && (regions.contains(known[j].code()) || !basicsNow.contains(known[j].domain()))) {
        read.add(j);
      }
    }
    // for every overlay read, its duplicates too: which one counts depends on path order
    for (int i : read) {
      places.add(known[i].place());
    }
    for (int j = 0; j < files.size(); j++) {
      if (known[j] != null && places.contains(known[j].place())
          || after[j] != null && places.contains(after[j].place())) {
        read.add(j);
      }
    }
    // and every file that is not a loaded overlay: the config, the basic catalogues, broken files
    // (a broken parent turns its children's findings into one note) and misplaced documents
    Set<Path> reportedPaths = new HashSet<>();
    List<Path> ordered = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path p = files.get(i);
      if (read.contains(i) || known[i] == null) {
        ordered.add(p);
      }
      // every basic catalogue when one changed: GK101 and GK305 among them follow path order
      boolean basic = !basicDomains.isEmpty() && Basic.of(before.summaries().get(i)) != null;
      if (reported.contains(i) || basic) {
        reportedPaths.add(p.toAbsolutePath().normalize());
      }
    }
    Validation part = check.run(new Scope(whole.root(), ordered, reportedPaths), contents);
    for (RegionCode code : part.loaded().tree().register().keySet()) {
      if (!code.digits().startsWith(province)) {
        return null; // GK307's province is a majority of the register and the overlays together
      }
    }
    Function<Finding, String> partSubjects = part.subjects();
    // the part's own findings replace the stored ones of its files; the rest stay
    Set<String> anew = new HashSet<>();
    reportedPaths.forEach(p -> anew.add(loader.display(p)));
    List<Finding> findings = new ArrayList<>();
    Map<Finding, String> subjects = new java.util.IdentityHashMap<>();
    for (Finding f : before.findings()) {
      if (!anew.contains(f.loc().file().display())) {
        findings.add(f);
        subjects.put(f, before.subjects().apply(f));
      }
    }
    for (Finding f : part.findings()) {
      if (anew.contains(f.loc().file().display())) {
        findings.add(f);
        subjects.put(f, partSubjects.apply(f));
      }
    }
    List<Suppressed> suppressed = new ArrayList<>();
    for (Suppressed s : before.suppressed()) {
      if (!anew.contains(s.finding().loc().file().display())) {
        suppressed.add(s);
        subjects.put(s.finding(), before.subjects().apply(s.finding()));
      }
    }
    for (Suppressed s : part.suppressed()) {
      if (anew.contains(s.finding().loc().file().display())) {
        suppressed.add(s);
        subjects.put(s.finding(), partSubjects.apply(s.finding()));
      }
    }
    findings.sort(Finding.ORDER);
    suppressed.sort(java.util.Comparator.comparing(Suppressed::finding, Finding.ORDER));
    List<String> summaries = new ArrayList<>(before.summaries());
    for (int i : changed) {
      summaries.set(
          i, summary(nowDocs.get(files.get(i)), whole.root(), changedNow.tree().register()));
    }
    Validation v =
        new Validation(
            skeleton.loaded(), findings, skeleton.files(), before.unreadable(), suppressed);
    return new After(v, f -> subjects.getOrDefault(f, f.loc().pointer()), summaries);
  }
}
