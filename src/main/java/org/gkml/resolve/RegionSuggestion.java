package org.gkml.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.i18n.Messages;
import org.gkml.model.RegionCode;
import org.gkml.model.Suggestion;

/**
 * What a user meant by a region the tree does not know, one rule for every command that takes
 * {@code --region} (before the tree is read, for a value that is no code, and after, for a code the
 * tree lacks): full-width digits ({@code ５１１７０３}) or a folder name ({@code 511703-达川区}) read as the
 * code they hold; a region's name ({@code 石桥镇}) answered with its code; a code that is no region
 * answered with the nearest code of the same tier, and a text that is a slip of a code (a digit too
 * many or too few, the letter O for 0) with the nearest code of any tier ({@link Suggestion}).
 */
public final class RegionSuggestion {
  /** A code at the start of a longer text: a region's folder ({@code 511703-达川区}). */
  private static final Pattern LEADING_CODE = Pattern.compile("(\\d{12}|\\d{9}|\\d{6})\\D.*");

  /**
   * A text that was meant as a code: digits and the letters that pass for them in print (o, l, i,
   * folded to lower case), at least four digits, about a code's length.
   */
  private static final Pattern CODE_LIKE = Pattern.compile("(?=(?:[^0-9]*[0-9]){4})[0-9oli]{5,13}");

  private RegionSuggestion() {}

  /**
   * The hint for {@code given}, an argument of a message (a {@link Messages.Text} rendered in the
   * message's language, as {@code ；是否应为“511703”？}), or "" when nothing is near. {@code names} are
   * the regions the tree knows and their names.
   */
  public static Object hint(String given, Map<RegionCode, String> names) {
    String text = given == null ? "" : given.strip();
    // folded as every suggestion folds a word (NFKC: full-width digits typed with a Chinese input
    // method are ASCII ones); a code has no blanks, and names are unchanged by it
    String plain = Suggestion.fold(text).replaceAll("\\s+", "");
    if (plain.isEmpty()) {
      return "";
    }
    Matcher folder = LEADING_CODE.matcher(plain);
    Optional<String> typed = RegionCode.meant(text);
    if (typed.isPresent() && !typed.get().equals(text)) {
      return meant(typed.get());
    }
    if (folder.matches()) {
      return meant(folder.group(1));
    }
    if (RegionCode.isWellFormed(plain)) {
      List<String> sameTier = new ArrayList<>();
      for (RegionCode code : names.keySet()) {
        if (code.digits().length() == plain.length()) {
          sameTier.add(code.digits());
        }
      }
      return Suggestion.closest(plain, sameTier).map(RegionSuggestion::meant).orElse("");
    }
    if (CODE_LIKE.matcher(plain).matches()) {
      // no code, but a slip of one: a digit too many or too few (51170310), a letter that looks
      // like a digit (5117031O2): the nearest code of any tier, as an overlay's folder answers it
      List<String> known = new ArrayList<>();
      names.keySet().forEach(code -> known.add(code.digits()));
      return Suggestion.closest(plain, known).map(RegionSuggestion::meant).orElse("");
    }
    List<String> named = codesNamed(plain, names);
    if (named.size() == 1) {
      return new Messages.Text("resolve.hint.regionName", text, named.get(0));
    }
    if (named.size() > 1) {
      return new Messages.Text("resolve.hint.regionNames", text, named);
    }
    Optional<String> nearName = Suggestion.closest(plain, new HashSet<>(names.values()));
    if (nearName.isPresent()) {
      List<String> codes = codesNamed(nearName.get(), names);
      if (codes.size() == 1) {
        return new Messages.Text("resolve.hint.nearRegionName", nearName.get(), codes.get(0));
      }
    }
    return "";
  }

  private static Object meant(String code) {
    return new Messages.Text("resolve.hint.didYouMean", code);
  }

  private static List<String> codesNamed(String name, Map<RegionCode, String> names) {
    List<String> codes = new ArrayList<>();
    names.forEach(
        (code, n) -> {
          if (name.equals(n)) {
            codes.add(code.digits());
          }
        });
    codes.sort(null);
    return codes;
  }
}
