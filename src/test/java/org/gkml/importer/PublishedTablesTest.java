package org.gkml.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.model.Audience;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.DomainNames;
import org.gkml.model.Item;
import org.gkml.model.Severity;
import org.gkml.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Imports messy tables built, as their publishers laid them out, from the real rows of {@code
 * reference/sample-items}: variant header words, merged cells, 同上, 口 for □, line breaks, footnotes.
 * At least 95% of the cells must read as a person reads them, every row present. How each publisher
 * laid its table out is data, next to the sample: {@code <sample>.style.yaml}.
 */
class PublishedTablesTest {
  static final Path SAMPLES = Path.of("src", "test", "resources", "import", "sample-items");
  private static final ChannelVocabulary VOCABULARY = ChannelVocabulary.standard();

  @TempDir Path dir;

  /** How one publisher printed its table. */
  record Style(
      String title,
      List<String> tierHeaders,
      String specificHeader,
      String onRequestHeader,
      Channels channels,
      boolean singleItemColumn,
      boolean modeBeforeChannels,
      boolean mergeChannels,
      boolean sameAsAbove,
      String extraColumn,
      boolean xls) {}

  /** How a table prints 公开渠道和载体. */
  enum Channels {
    /** The 13 boxes, ■ and □. */
    BOXES,
    /** The newer list with ▄ and 口, separated by ; (枣庄高新区). */
    MOUTHS,
    /** The labels only. */
    PLAIN
  }

  /** The keys a sample's {@code .style.yaml} may set; the flags default to false. */
  private static final Set<String> STYLE_KEYS =
      Set.of(
          "title",
          "tier-headers",
          "specific-header",
          "on-request-header",
          "channels",
          "single-item-column",
          "mode-before-channels",
          "merge-channels",
          "same-as-above",
          "extra-column",
          "xls");

  /**
   * How the publisher of a sample printed it: the sample's own {@code <name>.style.yaml} next to
   * it, so a new sample is two new files and no code.
   */
  @SuppressWarnings("unchecked")
  static Style style(String file) throws IOException {
    Path meta = SAMPLES.resolve(file.replaceFirst("\\.csv$", ".style.yaml"));
    Map<String, Object> m =
        (Map<String, Object>)
            new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(meta, StandardCharsets.UTF_8));
    assertThat(STYLE_KEYS).as(meta + " keys").containsAll(m.keySet());
    return new Style(
        required(m, "title", meta),
        (List<String>) m.getOrDefault("tier-headers", List.of()),
        required(m, "specific-header", meta),
        required(m, "on-request-header", meta),
        Channels.valueOf(required(m, "channels", meta).toUpperCase(java.util.Locale.ROOT)),
        flag(m, "single-item-column"),
        flag(m, "mode-before-channels"),
        flag(m, "merge-channels"),
        flag(m, "same-as-above"),
        (String) m.get("extra-column"),
        flag(m, "xls"));
  }

  private static String required(Map<String, Object> m, String key, Path meta) {
    assertThat(m).as(meta + " sets " + key).containsKey(key);
    return (String) m.get(key);
  }

  private static boolean flag(Map<String, Object> m, String key) {
    return Boolean.TRUE.equals(m.get(key));
  }

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".csv"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static List<CSVRecord> rows(String file) throws IOException {
    String text = Files.readString(SAMPLES.resolve(file), StandardCharsets.UTF_8);
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        body.append(line).append('\n');
      }
    }
    try (Reader r = new java.io.StringReader(body.toString())) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(r)
          .getRecords();
    }
  }

  // ---------------------------------------------------------------- building the tables

  private Path build(String file, Style s, List<CSVRecord> rows) throws IOException {
    Workbook wb = s.xls() ? new HSSFWorkbook() : new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Sheet1");
    wb.createSheet("Sheet2"); // an empty sheet, as Excel makes them
    List<String[]> header = new ArrayList<>(); // {top, sub, field}
    header.add(new String[] {"序号", null, "seq"});
    if (s.extraColumn() != null) {
      header.add(new String[] {s.extraColumn(), null, "extra"});
    }
    if (s.singleItemColumn()) {
      header.add(new String[] {"公开事项", null, "level1"});
    } else {
      header.add(new String[] {"公开事项", "一级事项", "level1"});
      header.add(new String[] {"公开事项", "二级事项", "level2"});
    }
    header.add(new String[] {"公开内容（要素）", null, "content"});
    header.add(new String[] {"公开依据", null, "basis"});
    header.add(new String[] {"公开时限", null, "deadline"});
    header.add(new String[] {"公开主体", null, "owner"});
    List<String[]> channels = List.<String[]>of(new String[] {"公开渠道和载体", null, "channels"});
    List<String[]> mode =
        List.of(
            new String[] {"公开方式", "主动", "proactive"},
            new String[] {"公开方式", s.onRequestHeader(), "onRequest"});
    List<String[]> audience =
        List.of(
            new String[] {"公开对象", "全社会", "public"},
            new String[] {"公开对象", s.specificHeader(), "specific"});
    if (s.modeBeforeChannels()) {
      header.addAll(mode);
      header.addAll(channels);
      header.addAll(audience);
    } else {
      header.addAll(channels);
      header.addAll(audience);
      header.addAll(mode);
    }
    for (String t : s.tierHeaders()) {
      header.add(new String[] {"公开层级", t, "tier:" + t});
    }
    int last = header.size() - 1;

    Row title = sheet.createRow(0);
    title.createCell(0).setCellValue(s.title());
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
    Row top = sheet.createRow(1);
    Row sub = sheet.createRow(2);
    for (int c = 0; c <= last; c++) {
      String[] h = header.get(c);
      boolean groupStart = c == 0 || !h[0].equals(header.get(c - 1)[0]);
      if (groupStart) {
        top.createCell(c).setCellValue(h[0]);
      }
      if (h[1] == null) {
        sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
      } else {
        sub.createCell(c).setCellValue(h[1]);
        int end = c;
        while (end + 1 <= last && h[0].equals(header.get(end + 1)[0])) {
          end++;
        }
        if (groupStart && end > c) {
          sheet.addMergedRegion(new CellRangeAddress(1, 1, c, end));
        }
      }
    }

    int first = 3;
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord rec = rows.get(i);
      Row row = sheet.createRow(first + i);
      for (int c = 0; c <= last; c++) {
        String field = header.get(c)[2];
        String v = cell(field, rec, i > 0 ? rows.get(i - 1) : null, s, i);
        if (v != null && !v.isEmpty()) {
          row.createCell(c).setCellValue(v);
        }
      }
    }
    // 一级事项 (and with mergeChannels the channel cell) merged down runs of equal values
    for (int c = 0; c <= last; c++) {
      String field = header.get(c)[2];
      boolean merge =
          field.equals("level1") && !s.singleItemColumn()
              || (field.equals("channels") && s.mergeChannels());
      if (!merge) {
        continue;
      }
      int start = 0;
      for (int i = 1; i <= rows.size(); i++) {
        if (i == rows.size() || !rows.get(i).get(field).equals(rows.get(start).get(field))) {
          if (i - 1 > start) {
            for (int k = start + 1; k < i; k++) {
              Row row = sheet.getRow(first + k);
              if (row.getCell(c) != null) {
                row.removeCell(row.getCell(c));
              }
            }
            sheet.addMergedRegion(new CellRangeAddress(first + start, first + i - 1, c, c));
          }
          start = i;
        }
      }
    }
    // a level2-less item printed in one cell spanning both item columns (云南 elderly-care)
    if (!s.singleItemColumn()) {
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).get("level2").isEmpty()) {
          int l1 = indexOf(header, "level1");
          boolean mergedDown = false;
          for (CellRangeAddress a : sheet.getMergedRegions()) {
            mergedDown |= a.isInRange(first + i, l1);
          }
          if (!mergedDown) {
            sheet.addMergedRegion(new CellRangeAddress(first + i, first + i, l1, l1 + 1));
          }
        }
      }
    }
    int end = first + rows.size();
    sheet.createRow(end); // a blank row
    Row foot = sheet.createRow(end + 1);
    foot.createCell(0).setCellValue("注：1.“■”表示必选项，“□”表示可选项；2.各地可根据实际情况调整。");
    sheet.addMergedRegion(new CellRangeAddress(end + 1, end + 1, 0, last));

    Path out = dir.resolve(file.replace(".csv", s.xls() ? ".xls" : ".xlsx"));
    try (OutputStream os = Files.newOutputStream(out)) {
      wb.write(os);
    }
    wb.close();
    return out;
  }

  private static int indexOf(List<String[]> header, String field) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i)[2].equals(field)) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(String field, CSVRecord rec, CSVRecord above, Style s, int i) {
    if (field.startsWith("tier:")) {
      String word = field.substring("tier:".length());
      return List.of(rec.get("tiers").split("\\|")).contains(word) ? "√" : "";
    }
    String audience = rec.get("audience");
    return switch (field) {
      case "seq" -> Integer.toString(i + 1);
      case "extra" -> "";
      case "level1" -> rec.get("level1");
      case "level2" -> rec.get("level2");
      case "content" ->
          rec.get("content").replace(" ●", "\n●").replace("; ", ";\n").replace(" ·", "\n·");
      case "basis" -> rec.get("basis");
      case "deadline" -> {
        String d = rec.get("deadline");
        yield s.sameAsAbove() && above != null && d.equals(above.get("deadline")) ? "同上" : d;
      }
      case "owner" -> rec.get("owner");
      case "channels" -> channels(rec.get("channels"), s.channels());
      case "public" -> audience.equals("全社会") ? "√" : "";
      case "specific" ->
          audience.startsWith("特定群体(")
              ? audience.substring(5, audience.length() - 1)
              : audience.equals("特定群体") ? "√" : "";
      case "proactive" -> rec.get("mode").equals("主动") ? "√" : "";
      case "onRequest" -> rec.get("mode").equals("依申请") ? "√" : "";
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static final List<String> NEWER_LIST =
      List.of(
          "政府网站",
          "政府公报",
          "政务新媒体",
          "发布会/听证会",
          "广播电视",
          "纸质媒体",
          "提供政务服务的场所",
          "公开查阅点",
          "便民服务站",
          "入户/现场",
          "图书馆",
          "社区/企事业单位/村公示栏(电子屏)",
          "精准推送",
          "其他");

  private static String channels(String csv, Channels style) {
    List<String> used = List.of(csv.split("\\|"));
    switch (style) {
      case PLAIN:
        return String.join("、", used);
      case MOUTHS:
        {
          List<String> parts = new ArrayList<>();
          for (String label : NEWER_LIST) {
            parts.add((used.contains(label) ? "▄" : "口") + label);
          }
          return String.join(";", parts);
        }
      default:
        {
          List<String> labels = new ArrayList<>(VOCABULARY.printedList());
          for (String u : used) {
            boolean printed = false;
            for (int k = 0; k < labels.size(); k++) {
              if (canonical(labels.get(k)).equals(canonical(u))) {
                labels.set(k, u); // the publisher's spelling (行政服务中心, 发布会听证会)
                printed = true;
              }
            }
            if (!printed) {
              labels.add(u);
            }
          }
          StringBuilder b = new StringBuilder();
          for (String label : labels) {
            b.append(used.contains(label) ? "■" : "□").append(label).append(' ');
          }
          return b.toString().strip();
        }
    }
  }

  // ---------------------------------------------------------------- comparing

  private static String canonical(String channel) {
    return VOCABULARY.check(channel) instanceof ChannelVocabulary.Verdict.Variant v
        ? ChannelVocabulary.normalize(v.canonical())
        : ChannelVocabulary.normalize(channel);
  }

  private static String text(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static String basisText(String s) {
    return text(s).replaceAll("\\d{1,2}[.、．](?=《)", "").replaceAll("[、,，;；。]", "");
  }

  private static Set<Tier> tiers(String csv, List<String> headers) {
    Set<Tier> out = EnumSet.noneOf(Tier.class);
    boolean hasCounty = headers.stream().anyMatch(h -> !h.equals("市级") && h.matches(".*[县区].*"));
    for (String w : csv.split("\\|")) {
      switch (w) {
        case "县级", "区级", "区县级" -> out.add(Tier.COUNTY);
        case "市级" -> {
          if (!hasCounty) {
            out.add(Tier.COUNTY);
          }
        }
        case "乡级", "镇级", "乡镇级" -> out.add(Tier.TOWNSHIP);
        case "乡、村级", "镇、村级" -> out.addAll(List.of(Tier.TOWNSHIP, Tier.VILLAGE));
        case "嘎查(社区)级", "村级" -> out.add(Tier.VILLAGE);
        default -> {}
      }
    }
    return out;
  }

  /** The cells of one row that read as the CSV says, out of ten. */
  private static int matching(
      CSVRecord rec, CSVRecord above, Item item, Style s, List<String> misses) {
    int ok = 0;
    String deadline =
        rec.get("deadline").equals("同上") && above != null
            ? above.get("deadline")
            : rec.get("deadline");
    Map<String, Boolean> cells = new TreeMap<>();
    cells.put("level1", text(rec.get("level1")).equals(text(item.level1())));
    cells.put("level2", text(rec.get("level2")).equals(text(item.level2())));
    cells.put("content", text(rec.get("content")).equals(text(item.content())));
    cells.put(
        "basis", basisText(rec.get("basis")).equals(basisText(String.join("", item.basis()))));
    cells.put("deadline", text(deadline).equals(text(item.deadline())));
    cells.put("owner", text(rec.get("owner")).equals(text(item.owner())));
    Set<String> want = new HashSet<>();
    for (String c : rec.get("channels").split("\\|")) {
      want.add(canonical(c));
    }
    Set<String> got = new HashSet<>();
    item.channels().forEach(c -> got.add(canonical(c)));
    cells.put("channels", want.equals(got));
    String audience = rec.get("audience");
    String gotAudience = item.audience() == null ? "" : item.audience().word();
    if (item.audience() == Audience.SPECIFIC
        && item.note() != null
        && item.note().startsWith("公开对象：")) {
      gotAudience += "(" + item.note().substring("公开对象：".length()) + ")";
    }
    cells.put("audience", audience.equals(gotAudience));
    cells.put("mode", rec.get("mode").equals(item.mode() == null ? "" : item.mode().word()));
    cells.put("tiers", tiers(rec.get("tiers"), s.tierHeaders()).equals(item.tiers()));
    for (Map.Entry<String, Boolean> e : cells.entrySet()) {
      if (e.getValue()) {
        ok++;
      } else {
        misses.add(item.id() + "." + e.getKey());
      }
    }
    return ok;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyRowImportsAndCellsMatch(String file) throws Exception {
    Style s = style(file);
    List<CSVRecord> rows = rows(file);
    Path xlsx = build(file, s, rows);
    ImportResult result =
        new TableImporter(VOCABULARY).read(xlsx, null, xlsx.getFileName().toString());
    assertThat(result.catalogs()).hasSize(1);
    Catalog c = result.catalogs().get(0);
    assertThat(c.items()).hasSameSizeAs(rows);
    int ok = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ok += matching(rows.get(i), i > 0 ? rows.get(i - 1) : null, c.items().get(i), s, misses);
    }
    double ratio = ok / (rows.size() * 10.0);
    assertThat(ratio)
        .as("%s: cells matching; misses %s", file, misses)
        .isGreaterThanOrEqualTo(0.95);
    // the footnote is reported, never silently dropped
    assertThat(result.notes()).anyMatch(n -> n.key().equals("import.footnote"));
    // an element the table lacks is an error (exit 1), never invented
    boolean lacks =
        rows.stream()
            .anyMatch(
                r ->
                    r.get("tiers").isEmpty()
                        || r.get("mode").isEmpty()
                        || r.get("basis").isEmpty());
    // so is a channel validate rejects (GK103: 铁力市政府网站, 嘎查(社区)公示栏), never exit 0
    boolean rejectedChannel =
        rows.stream()
            .flatMap(r -> Stream.of(r.get("channels").split("\\|")))
            .anyMatch(ch -> !ch.isEmpty() && VOCABULARY.labelOf(ch).isEmpty());
    assertThat(result.errors() > 0)
        .as(file + " lacks an element or names a channel validate rejects")
        .isEqualTo(lacks || rejectedChannel);
    assertThat(result.notes())
        .noneMatch(
            n -> n.severity() == Severity.ERROR && !lacks && !n.key().endsWith("ChannelRejected"));
  }

  @Test
  void domainsAreFoundInTitles() throws Exception {
    for (String file : samples().toList()) {
      Style s = style(file);
      Path xlsx = build(file, s, rows(file));
      ImportResult result = new TableImporter(VOCABULARY).read(xlsx, null, "x");
      String slug = file.substring(0, file.indexOf('_'));
      String expected = DomainNames.standard().fileName(result.catalogs().get(0).domain());
      assertThat(expected).as(file).isEqualTo(slug + ".yaml");
    }
  }

  @Test
  void everySampleDescribesItselfAndEveryDescriptionHasASample() throws IOException {
    List<String> described;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      described =
          files
              .map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".style.yaml"))
              .map(name -> name.replaceFirst("\\.style\\.yaml$", ".csv"))
              .sorted()
              .toList();
    }
    assertThat(described).isNotEmpty().isEqualTo(samples().toList());
  }
}
