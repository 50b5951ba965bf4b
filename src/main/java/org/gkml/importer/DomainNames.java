package org.gkml.importer;

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
import org.gkml.model.Suggestion;

/**
 * The domains (领域) gkml knows by name: the 26 pilot domains and later ones of {@code
 * model/domains.csv}, with their aliases, file slugs and the item-id codes of {@code
 * domain-codes.csv} (pinyin initials, e.g. 安全生产 → AQSC, as the shipped catalogues use).
 */
final class DomainNames {

  /** One domain: its canonical name, its file slug, its id code. */
  record Domain(String name, String slug, String code) {}

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final DomainNames INSTANCE = load();

  private final Map<String, Domain> byName;

  /** Every spelling (name or alias) with the domain it names, longest first. */
  private final List<Map.Entry<String, Domain>> spellings;

  private DomainNames(Map<String, Domain> byName, List<Map.Entry<String, Domain>> spellings) {
    this.byName = byName;
    this.spellings = spellings;
  }

  static DomainNames standard() {
    return INSTANCE;
  }

  /** The domain a text names (a title row, a sheet name): the longest name or alias in it. */
  Optional<Domain> find(String text) {
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
  Optional<Domain> exact(String name) {
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
  String named(String given, Map<String, String> tree) {
    String word = given.strip();
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
      return word;
    }
    String slug = Suggestion.fold(word).replaceFirst("\\.ya?ml$", "");
    for (Map.Entry<String, String> e : slugs.entrySet()) {
      if (Suggestion.fold(e.getKey()).equals(slug)) {
        return e.getValue();
      }
    }
    Map<String, String> all = new LinkedHashMap<>(names);
    slugs.forEach(all::putIfAbsent);
    Optional<String> meant = Suggestion.slip(word, all);
    if (meant.isPresent()) {
      throw GkmlException.usage("domain.slip", word, meant.get());
    }
    return word;
  }

  /**
   * The id code of a domain name: the table's code, or for a domain gkml does not know {@code X}
   * and six hex digits of the name's CRC-32, so ids stay ASCII, stable and distinct.
   */
  String code(String domain) {
    Domain d = byName.get(domain);
    if (d != null && d.code() != null) {
      return d.code();
    }
    CRC32 crc = new CRC32();
    crc.update(domain.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "X%06X", crc.getValue() & 0xFFFFFF);
  }

  /** A file name for a domain's YAML: its slug, or the name itself for an unknown domain. */
  String fileName(String domain) {
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
