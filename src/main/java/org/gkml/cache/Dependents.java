package org.gkml.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gkml.load.LoadedFile;
import org.gkml.load.TreeLoader;
import org.gkml.model.RegionCode;

/**
 * Which files' findings a change to some overlays can change: the one place that reasoning lives.
 * The cache's part re-check (ChangedOverlays, an edited tree against a stored run) and {@code
 * validate --changed} (an edited tree against a git revision) both ask it.
 *
 * <p>By rule, an overlay's change can affect: its own findings; the resolution of the regions below
 * it (GK2xx, in any domain: a superset); GK302 at the other overlays of its region and domain;
 * GK101 (GK212 on a chain) at the overlays adding an id it adds or added. That holds when the
 * changed overlay loads before and after with the same region code and domain, and nothing else
 * changed: the config, the register and the set of files are the same, so every other whole-tree
 * finding (GK307's province, the regions the tree knows, GK303's basic catalogues) is too. Whoever
 * asks checks those conditions; {@link #of} does for {@code validate --changed}.
 */
public final class Dependents {
  private Dependents() {}

  /**
   * What a whole run knew of each file, in the run's order: of a loaded overlay its region, domain
   * and added ids (ChangedOverlays#summary), "" for a file that is not a loaded overlay or basic
   * catalogue.
   */
  public record TreeSummary(List<Path> files, List<String> summaries) {
    public TreeSummary {
      if (files.size() != summaries.size()) {
        throw new IllegalArgumentException("a summary a file");
      }
    }

    /** The summary of a tree as loaded whole. */
    public static TreeSummary of(TreeLoader.Result loaded) {
      List<Path> files = new ArrayList<>();
      List<String> summaries = new ArrayList<>();
      Path root = loaded.tree().root();
      Map<RegionCode, String> register = loaded.tree().register();
      for (LoadedFile f : loaded.files()) {
        files.add(f.file().path().toAbsolutePath().normalize());
        summaries.add(ChangedOverlays.summary(f.document(), root, register));
      }
      return new TreeSummary(files, summaries);
    }
  }

  /**
   * The files of {@code now} whose findings can differ from what they were before the change, or
   * empty when that cannot be bounded and the whole tree's findings count: a changed file that is
   * not in the tree now, is not an overlay that loads (before or after), or moved to another region
   * code or domain; or more changed files than ChangedOverlays#MAX_CHANGED.
   *
   * <p>The caller vouches that nothing else changed: the config, the register, the basic catalogues
   * and the set of files are as they were.
   *
   * @param before every changed file as it was before the change, loaded on its own at the root
   *     (with the register, which the caller vouches is unchanged)
   */
  public static Optional<Set<Path>> of(TreeSummary now, TreeLoader.Result before) {
    Map<Path, String> was = new HashMap<>();
    Path root = before.tree().root();
    Map<RegionCode, String> register = before.tree().register();
    for (LoadedFile f : before.files()) {
      was.put(
          f.file().path().toAbsolutePath().normalize(),
          ChangedOverlays.summary(f.document(), root, register));
    }
    return of(now, was);
  }

  /**
   * As {@link #of(TreeSummary, TreeLoader.Result)}, with what each changed file (absolute,
   * normalised) was before the change as a summary ("" for one that did not load).
   */
  static Optional<Set<Path>> of(TreeSummary now, Map<Path, String> before) {
    if (before.size() > ChangedOverlays.MAX_CHANGED) {
      return Optional.empty(); // the reach would be most of the tree, and slow to find
    }
    List<Path> files = now.files();
    Map<Path, Integer> index = new HashMap<>(files.size() * 4 / 3 + 1);
    for (int i = 0; i < files.size(); i++) {
      index.put(files.get(i), i);
    }
    if (now.summaries().contains(ChangedOverlays.UNSURE)) {
      return Optional.empty();
    }
    Known[] known = new Known[files.size()];
    for (int i = 0; i < known.length; i++) {
      known[i] = Known.of(now.summaries().get(i));
    }
    Known[] after = known.clone();
    List<Integer> changed = new ArrayList<>();
    for (Map.Entry<Path, String> e : before.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null || after[i] == null) {
        return Optional.empty(); // gone, skipped by the walk, or not an overlay that loads now
      }
      String was = e.getValue();
      Known k = was.equals(ChangedOverlays.UNSURE) ? null : Known.of(was);
      if (k == null || !k.place().equals(after[i].place())) {
        return Optional.empty(); // did not load before, or moved to another region or domain
      }
      known[i] = k;
      changed.add(i);
    }
    Set<String> ids = new HashSet<>();
    for (int i : changed) {
      ids.addAll(known[i].adds());
      ids.addAll(after[i].adds());
    }
    if (ChangedOverlays.misfiledShares(now.summaries(), ids)) {
      return Optional.empty(); // an overlay whose code is a slip clashes with one of them
    }
    Set<Path> out = new HashSet<>();
    reach(known, after, changed).reported().forEach(i -> out.add(files.get(i)));
    return Optional.of(out);
  }

  /** One overlay as a summary says; its place is its region and domain. */
  record Known(String code, String domain, List<String> adds, String place) {
    /** The overlay a summary describes, or null for any other file. */
    static Known of(String summary) {
      if (summary.isEmpty()
          || summary.charAt(0) == ChangedOverlays.BASIC
          || summary.charAt(0) == ChangedOverlays.MISFILED) {
        return null;
      }
      String[] parts = summary.split(String.valueOf(ChangedOverlays.SEP), -1);
      return new Known(
          parts[0],
          parts[1],
          List.of(Arrays.copyOfRange(parts, 2, parts.length)),
          parts[0] + ChangedOverlays.SEP + parts[1]);
    }
  }

  /**
   * What changed overlays reach.
   *
   * @param below the changed overlays and every overlay of a region below one of them
   * @param reported those, and the overlays sharing an id or a (region, domain) with them: every
   *     file whose findings the change can affect
   */
  record Reach(Set<Integer> below, Set<Integer> reported) {}

  /**
   * What the overlays {@code changed} reach, each known before the change as {@code known} says and
   * after as {@code after} says (the same object for a file that did not change).
   */
  static Reach reach(Known[] known, Known[] after, Collection<Integer> changed) {
    // (each step below is one pass over the tree's files looking up a few names: building maps
    // of the whole tree's ids and regions cost a village edit a quarter of its time)
    Set<Integer> below = new HashSet<>();
    Set<String> changedCodes = new HashSet<>();
    for (int i : changed) {
      if (known[i] != null) {
        below.add(i);
        changedCodes.add(known[i].code());
      }
    }
    for (int j = 0; j < known.length; j++) {
      Known k = known[j];
      if (k != null) {
        for (String c : changedCodes) {
          if (k.code().length() > c.length() && k.code().startsWith(c)) {
            below.add(j);
          }
        }
      }
    }
    Set<Integer> reported = new HashSet<>(below);
    reported.addAll(sharing(below, known, after));
    return new Reach(below, reported);
  }

  /**
   * The overlays that, before or after the change, add an id that one of {@code from} adds (before
   * or after), or have the (region, domain) of one of them.
   */
  static Set<Integer> sharing(Set<Integer> from, Known[] known, Known[] after) {
    Set<String> ids = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (int i : from) {
      for (Known k : new Known[] {known[i], after[i]}) {
        if (k != null) {
          ids.addAll(k.adds());
          places.add(k.place());
        }
      }
    }
    Set<Integer> out = new HashSet<>();
    for (int j = 0; j < known.length; j++) {
      if (touches(known[j], ids, places)
          || after[j] != known[j] && touches(after[j], ids, places)) {
        out.add(j);
      }
    }
    return out;
  }

  /**
   * Whether {@code k} (null: not an overlay) has one of {@code places} or adds one of {@code ids}.
   */
  static boolean touches(Known k, Set<String> ids, Set<String> places) {
    if (k == null) {
      return false;
    }
    if (places.contains(k.place())) {
      return true;
    }
    for (String id : k.adds()) {
      if (ids.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
