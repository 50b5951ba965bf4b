package org.gkml.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gkml.model.Item;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;

/**
 * The region code an overlay's folders name ({@code regions/511703-达川区/…}), and what that says
 * about a region code that is wrong: the code a malformed one was meant to be (GK301), and whether
 * a well-formed code that contradicts its folder is a slip of the hand (GK307) rather than a file
 * in the wrong folder (GK304). Such an overlay is not usable: the files below it are not checked
 * against it (BrokenFiles), and the cause is reported once, at its code, with the code meant.
 *
 * <p>The judgement looks only at the file, its path and the register ({@code regions.csv}), never
 * at other overlays, so that a check of part of a tree (the cache, {@code validate --changed}, a
 * region's chain) judges a file as a check of the whole tree does.
 */
public final class FolderCodes {
  private FolderCodes() {}

  /**
   * The code of the innermost folder between {@code regions/} and the file whose name starts with a
   * region code ({@code 511703001-三里坪街道}), when every outer such folder is one of its ancestors
   * (the folders make a chain); else null.
   */
  public static String of(Path root, Path file) {
    Path regions = root.toAbsolutePath().normalize().resolve(TreeLoader.REGIONS_DIR);
    Path path = file.toAbsolutePath().normalize();
    // regions/ itself (a link not followed, GK008) is no file below it
    return path.startsWith(regions) && !path.equals(regions)
        ? chain(regions, path.getParent())
        : null;
  }

  /**
   * As {@link #of(Path, Path)}, for a file read without its root: the folders up to the nearest one
   * named {@code regions}.
   */
  public static String of(Path file) {
    Path path = file.toAbsolutePath().normalize();
    for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
      Path name = dir.getFileName();
      if (name != null && name.toString().equals(TreeLoader.REGIONS_DIR)) {
        return chain(dir, path.getParent());
      }
    }
    return null;
  }

  /** The innermost code folder from {@code from} up to {@code regions}, if they make a chain. */
  private static String chain(Path regions, Path from) {
    String inner = null;
    for (Path dir = from;
        dir != null && dir.startsWith(regions) && !dir.equals(regions);
        dir = dir.getParent()) {
      String code = leadingCode(dir.getFileName().toString());
      if (code == null) {
        continue;
      }
      if (inner == null) {
        inner = code;
      } else if (code.length() >= inner.length() || !inner.startsWith(code)) {
        return null; // the folders contradict each other: they say nothing
      }
    }
    return inner;
  }

  /**
   * What a malformed region code was meant to be: the code written in half-width digits without
   * spaces (full-width digits come with text typed in a Chinese input method), when that is well
   * formed; else the code the file's folders name; else null.
   */
  public static String meant(String written, Path root, Path file) {
    String normal = normalized(written);
    return normal != null ? normal : of(root, file);
  }

  /**
   * A code written with full-width digits or spaces in half-width digits without spaces, when that
   * is well formed; else null.
   */
  public static String normalized(String written) {
    return RegionCode.meant(written).orElse(null);
  }

  /**
   * The code an overlay was meant to have when its own is a slip (511730 for 511703), or null. That
   * is so when the code contradicts the innermost code folder, has as many digits, is not in the
   * register, and the folder's code is in the register or is what every id the file adds starts
   * with (GK213 would otherwise report each of them). Otherwise the file's code decides, and a
   * contradicting folder is only a misplaced file (GK304).
   */
  public static String misfiled(Overlay o, Path root, Map<RegionCode, String> register) {
    RegionCode code = o.region().code();
    if (register.containsKey(code)) {
      return null; // nearly every overlay of a tree with a register
    }
    List<Item> adds = o.adds();
    if (register.isEmpty() && (adds.isEmpty() || isOwn(adds.get(0).id(), code.digits()))) {
      return null; // nearly every overlay of a tree without one: no evidence for another code
    }
    String folder = of(root, o.file().path());
    if (folder == null
        || folder.equals(code.digits())
        || folder.length() != code.digits().length()) {
      return null;
    }
    if (register.containsKey(new RegionCode(folder))) {
      return folder;
    }
    if (adds.isEmpty()) {
      return null;
    }
    for (Item item : adds) {
      if (!isOwn(item.id(), folder)) {
        return null;
      }
    }
    return folder;
  }

  /**
   * The name of the folder between {@code regions/} and the file whose name starts with {@code
   * code} ({@code 511703-达川区}), or the code itself when there is none.
   */
  public static String folderName(Path file, String code) {
    for (Path dir = file.getParent(); dir != null && dir.getFileName() != null; ) {
      String name = dir.getFileName().toString();
      if (code.equals(leadingCode(name))) {
        return name;
      }
      dir = dir.getParent();
    }
    return code;
  }

  /** Whether an added id starts with {@code code} and a hyphen, as GK213 wants of its region's. */
  private static boolean isOwn(String id, String code) {
    return id.length() > code.length() && id.startsWith(code) && id.charAt(code.length()) == '-';
  }

  /** The region code a folder's name starts with ({@code 511703-达川区}: 511703), or null. */
  private static String leadingCode(String name) {
    int n = 0;
    while (n < name.length() && name.charAt(n) >= '0' && name.charAt(n) <= '9') {
      n++;
    }
    return (n == 6 || n == 9 || n == 12) ? name.substring(0, n) : null;
  }
}
