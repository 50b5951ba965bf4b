package org.gkml.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Domains in the order of the national list ({@code model/domains.csv}: the 26 pilot domains first,
 * as the State Council listed them); other domains after them, by name.
 */
final class DomainOrder {
  private static final Map<String, Integer> RANK = load();

  static final Comparator<String> COMPARATOR =
      Comparator.comparingInt((String d) -> RANK.getOrDefault(d, Integer.MAX_VALUE))
          .thenComparing(Comparator.naturalOrder());

  private DomainOrder() {}

  private static Map<String, Integer> load() {
    Map<String, Integer> rank = new HashMap<>();
    try (InputStream in = DomainOrder.class.getResourceAsStream("/org/gkml/model/domains.csv")) {
      if (in == null) {
        return rank;
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        rank.putIfAbsent(row.get("name_zh"), rank.size());
      }
    } catch (IOException | IllegalArgumentException e) {
      // without the list, domains sort by name
    }
    return rank;
  }
}
