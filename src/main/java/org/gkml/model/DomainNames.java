package org.gkml.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gkml.error.GkmlException;

/**
 * The domains (领域) gkml knows by name: the 26 pilot domains and later ones of {@code
 * model/domains.csv}, with their aliases, file slugs and the item-id codes of {@code
 * domain-codes.csv} (pinyin initials, e.g. 安全生产 → AQSC, as the shipped catalogues use).
 */
public final class DomainNames {

  /** One domain: its canonical name, its file slug, its id code. */
  public record Domain(String name, String slug, String code) {}

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final DomainNames INSTANCE = load();

  private final Map<String, Domain> byName;

  /** Every spelling (name or alias) with the domain it names, longest first. */
  private final List<Map.Entry<String, Domain>> spellings;

  private DomainNames(Map<String, Domain> byName, List<Map.Entry<String, Domain>> spellings) {
    this.byName = byName;
    this.spellings = spellings;
  }

  public static DomainNames standard() {
    return INSTANCE;
  }

  /** The file slugs of the standard domains ({@code safety-production}), in the list's order. */
  public List<String> slugs() {
    return byName.values().stream().map(Domain::slug).filter(Objects::nonNull).distinct().toList();
  }

  /** The domain a text names (a title row, a sheet name): the longest name or alias in it. */
  public Optional<Domain> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = normalize(text);
    for (Map.Entry<String, Domain> e : spellings) {
      if (t.contains(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The domain of a canonical or alias name given exactly (e.g. by --domain). */
  public Optional<Domain> exact(String name) {
    String n = normalize(name);
    for (Map.Entry<String, Domain> e : spellings) {
      if (e.getKey().equals(n)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The domain a user names with {@code --domain} where a new domain may be meant ({@code gkml new
   * catalog}, {@code gkml import}): a known name or alias as given; a known file slug ({@code
   * safety-production}, with or without {@code .yaml}, in any case) as its domain's name. A word
   * that is a slip of a known name or slug ({@code 安全生成}, {@code safety-prodution}, {@code 安全生產};
   * {@link Suggestion#slip}) is refused with the name meant; a word far from every one is a new
   * domain, as given. {@code tree} adds the names and slugs of a tree's own domains (each spelling
   * with the domain's name), which come first.
   *
   * @throws GkmlException a usage error for a slip
   */
  public String named(String given, Map<String, String> tree) {
    String word = given.strip();
    Reading r = read(word, tree);
    if (r.slip()) {
      throw GkmlException.usage("domain.slip", word, r.name());
    }
    return r.name();
  }

  /**
   * The known domain a basic catalogue's {@code domain} is a slip of, as {@link #named} would
   * refuse it ({@code 安全生成}), or that it writes as its file slug ({@code safety-production}); empty
   * for a known name or alias, and for a new domain far from every known one (a tree's own domain,
   * 交通运输 or 乡村旅游, is not judged: it is the standard list that a slip is measured by).
   */
  public Optional<String> misspelt(String domain) {
    String word = domain.strip();
    Reading r = read(word, Map.of());
    return r.name().equals(word) ? Optional.empty() : Optional.of(r.name());
  }

  /** What a word names: a domain's name, and whether the word is a slip of it. */
  private record Reading(String name, boolean slip) {}

  private Reading read(String word, Map<String, String> tree) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> slugs = new LinkedHashMap<>();
    tree.forEach((spelling, name) -> (spelling.equals(name) ? names : slugs).put(spelling, name));
    for (Map.Entry<String, Domain> e : spellings) {
      names.putIfAbsent(e.getKey(), e.getValue().name());
      if (e.getValue().slug() != null) {
        slugs.putIfAbsent(e.getValue().slug(), e.getValue().name());
      }
    }
    if (names.containsKey(word) || names.containsKey(normalize(word))) {
      return new Reading(word, false);
    }
    String slug = Suggestion.fold(word).replaceFirst("\\.ya?ml$", "");
    for (Map.Entry<String, String> e : slugs.entrySet()) {
      if (Suggestion.fold(e.getKey()).equals(slug)) {
        return new Reading(e.getValue(), false);
      }
    }
    Map<String, String> all = new LinkedHashMap<>(names);
    slugs.forEach(all::putIfAbsent);
    return Suggestion.slip(word, all)
        .map(meant -> new Reading(meant, true))
        .orElse(new Reading(word, false));
  }

  /**
   * The id code of a domain name: the table's code, or for a domain gkml does not know {@code X}
   * and six hex digits of the name's CRC-32, so ids stay ASCII, stable and distinct.
   */
  public String code(String domain) {
    Domain d = byName.get(domain);
    if (d != null && d.code() != null) {
      return d.code();
    }
    CRC32 crc = new CRC32();
    crc.update(domain.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "X%06X", crc.getValue() & 0xFFFFFF);
  }

  /** A file name for a domain's YAML: its slug, or the name itself for an unknown domain. */
  public String fileName(String domain) {
    Domain d = byName.get(domain);
    String base =
        d != null && d.slug() != null ? d.slug() : domain.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    return base + ".yaml";
  }

  private static String normalize(String s) {
    return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
  }

  /** Another spelling of a domain's name (normalised), as the national list gives it. */
  private record Alias(String spelling, String name) {}

  private static DomainNames load() {
    Map<String, String> codes = new HashMap<>();
    for (CSVRecord r : csv("/org/gkml/importer/domain-codes.csv")) {
      codes.put(r.get("name"), r.get("code"));
    }
    Map<String, Domain> byName = new HashMap<>();
    List<Map.Entry<String, Domain>> spellings = new ArrayList<>();
    List<Alias> aliases = new ArrayList<>();
    for (CSVRecord r : csv("/org/gkml/model/domains.csv")) {
      String name = r.get("name_zh");
      Domain d = new Domain(name, r.get("slug"), codes.get(name));
      byName.put(name, d);
      spellings.add(Map.entry(normalize(name), d));
      String alias = r.get("aliases").replaceAll("\\(.*?\\)", "").strip();
      if (!alias.isEmpty()) {
        aliases.add(new Alias(normalize(alias), name));
      }
    }
    // an alias that is itself a domain's name (乡村振兴) names that domain, not the other
    for (Alias a : aliases) {
      if (!byName.containsKey(a.spelling())) {
        Domain d = byName.get(a.name());
        spellings.add(Map.entry(a.spelling(), d));
        byName.putIfAbsent(
            a.spelling(),
            new Domain(a.spelling(), d.slug(), codes.getOrDefault(a.spelling(), d.code())));
      }
    }
    // names of domains used in trees but not listed (e.g. 交通运输) still get their code
    codes.forEach(
        (name, code) -> {
          if (!byName.containsKey(name)) {
            Domain d = new Domain(name, null, code);
            byName.put(name, d);
            spellings.add(Map.entry(normalize(name), d));
          }
        });
    spellings.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    return new DomainNames(Map.copyOf(byName), List.copyOf(spellings));
  }

  private static List<CSVRecord> csv(String resource) {
    try (InputStream in = Objects.requireNonNull(DomainNames.class.getResourceAsStream(resource));
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(r)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
