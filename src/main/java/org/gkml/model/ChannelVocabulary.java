package org.gkml.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The channels (公开渠道和载体) a catalogue may name: the standard list in its printed order, the newer
 * list's additions, and the channels a tree declares in its config. Known variant spellings map to
 * their canonical label so findings can suggest it. Labels compare after NFKC normalisation, since
 * published tables mix full- and half-width punctuation.
 */
public final class ChannelVocabulary {
  // a tree has few distinct channel labels and compares them hundreds of thousands of times
  // (checks, resolution, sorting): each is normalised (NFKC, a regex) once
  private static final int MAX_REMEMBERED = 10_000;
  private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

  /** What the vocabulary says about one channel label. */
  public sealed interface Verdict {
    /** An allowed channel, with its label as the vocabulary spells it. */
    record Known(String label) implements Verdict {}

    /** A variant spelling of a standard channel. */
    record Variant(String canonical) implements Verdict {}

    /** A real channel of a domain or locality that the tree's config must declare. */
    record Undeclared(String label) implements Verdict {}

    /** Not a channel gkml knows; {@code closest} may be null. */
    record Unknown(String closest) implements Verdict {}
  }

  private static final String OTHER = "其他";
  private static final ChannelVocabulary STANDARD = load();

  private final List<String> ordered;
  private final Map<String, String> allowed;
  private final Map<String, String> variants;
  private final Map<String, String> undeclared;

  private ChannelVocabulary(
      List<String> ordered,
      Map<String, String> allowed,
      Map<String, String> variants,
      Map<String, String> undeclared) {
    this.ordered = List.copyOf(ordered);
    this.allowed = Map.copyOf(allowed);
    this.variants = Map.copyOf(variants);
    this.undeclared = Map.copyOf(undeclared);
  }

  /** The standard vocabulary (kinds {@code standard} and {@code standard-new}). */
  public static ChannelVocabulary standard() {
    return STANDARD;
  }

  /** This vocabulary plus the channels a config declares. */
  public ChannelVocabulary with(Collection<String> declared) {
    if (declared.isEmpty()) {
      return this;
    }
    List<String> order = new ArrayList<>(ordered);
    Map<String, String> allow = new HashMap<>(allowed);
    Map<String, String> undecl = new HashMap<>(undeclared);
    for (String c : declared) {
      String key = normalize(c);
      if (allow.putIfAbsent(key, c) == null) {
        order.add(c);
      }
      undecl.remove(key);
    }
    return new ChannelVocabulary(order, allow, variants, undecl);
  }

  /** Every allowed channel: the standard list in printed order, then declared ones. */
  public List<String> ordered() {
    return ordered;
  }

  /** The printed checkbox list of the official table (kind {@code standard}, 13 labels). */
  public List<String> printedList() {
    return ordered.subList(0, Math.min(13, ordered.size()));
  }

  public Verdict check(String channel) {
    String key = normalize(channel);
    String known = allowed.get(key);
    if (known != null) {
      return new Verdict.Known(known);
    }
    // 其他:国家企业信用信息公示系统 — the printed 其他 box with its blank filled in
    if (key.startsWith(OTHER + ":") && key.length() > OTHER.length() + 1) {
      return new Verdict.Known(channel);
    }
    String canonical = variants.get(key);
    if (canonical != null) {
      return new Verdict.Variant(canonical);
    }
    String real = undeclared.get(key);
    if (real != null) {
      return new Verdict.Undeclared(real);
    }
    return new Verdict.Unknown(closest(key));
  }

  /**
   * The label a channel is written as: its own if allowed, its standard one if a known variant
   * ({@code 门户网站}: 政府网站); empty for others.
   */
  public Optional<String> labelOf(String channel) {
    Verdict verdict = check(channel);
    if (verdict instanceof Verdict.Known k) {
      return Optional.of(k.label());
    }
    return verdict instanceof Verdict.Variant v ? Optional.of(v.canonical()) : Optional.empty();
  }

  public boolean allows(String channel) {
    return check(channel) instanceof Verdict.Known;
  }

  /** The position of a channel in vocabulary order; unknown channels sort last. */
  public int rank(String channel) {
    String label = allowed.get(normalize(channel));
    int i = label == null ? -1 : ordered.indexOf(label);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /**
   * The channel nearest an unknown one, by the rule every suggestion follows ({@link Suggestion}).
   */
  private String closest(String key) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String label : ordered) {
      labels.putIfAbsent(normalize(label), label);
    }
    return Suggestion.closest(key, labels).orElse(null);
  }

  /** The form labels compare in: NFKC, without white space. */
  public static String normalize(String label) {
    String known = NORMALIZED.get(Objects.requireNonNull(label));
    if (known != null) {
      return known;
    }
    String normal = Normalizer.normalize(label, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    if (NORMALIZED.size() < MAX_REMEMBERED && label.length() <= 100) {
      NORMALIZED.put(label, normal);
    }
    return normal;
  }

  private static ChannelVocabulary load() {
    List<String> order = new ArrayList<>();
    Map<String, String> allow = new LinkedHashMap<>();
    Map<String, String> variants = new HashMap<>();
    Map<String, String> undeclared = new HashMap<>();
    try (Reader r =
        new InputStreamReader(
            Objects.requireNonNull(ChannelVocabulary.class.getResourceAsStream("channels.csv")),
            StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String channel = row.get("channel");
        String key = normalize(channel);
        switch (row.get("kind")) {
          case "standard", "standard-new" -> {
            order.add(channel);
            allow.put(key, channel);
          }
          case "variant" -> variants.put(key, row.get("canonical"));
          default -> undeclared.put(key, channel);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ChannelVocabulary(order, allow, variants, undeclared);
  }
}
