package org.gkml.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.gkml.model.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The header line of a region register decides which column is which (FORMAT.md §2: {@code
 * code,name}): any other header is one finding at its line and registers nothing, so that no row is
 * read with its columns guessed, and every hint names what to write.
 */
class RegisterHeaderCheckTest {
  private static final Messages EN = Messages.english();
  private static final String ROWS = "511703,达川区\n511703001,三里坪街道\n";

  @Property(tries = 200)
  void anyOtherHeaderIsOneFindingAtItsLineAndRegistersNothing(
      @ForAll("otherHeaders") List<String> header) {
    RegisterCsv.Read read = read(String.join(",", header) + "\n" + ROWS);

    assertThat(read.findings()).as(header.toString()).hasSize(1);
    Finding f = read.findings().get(0);
    assertThat(f.rule()).isEqualTo(Rule.SCHEMA);
    assertThat(f.loc().line()).isEqualTo(1);
    assertThat(f.message()).contains("it should be \"code,name\"");
    assertThat(read.register()).isEmpty();
  }

  @Property(tries = 50)
  void theHeaderWithBlanksAroundItsNamesOrEmptyColumnsAfterThemReadsEveryRow(
      @ForAll("blanks") String before,
      @ForAll("blanks") String after,
      @ForAll("commas") String end) {
    RegisterCsv.Read read =
        read(before + "code" + after + "," + "name" + after + end + "\n" + ROWS);

    assertThat(read.findings()).isEmpty();
    assertThat(read.register()).hasSize(2);
  }

  @Test
  void eachKindOfWrongHeaderGetsItsHint() {
    assertThat(hint("code,code")).isEqualTo(": the column \"code\" is given twice");
    assertThat(hint("code")).isEqualTo(": the column \"name\" is missing");
    assertThat(hint(",name")).isEqualTo(": column 1 has no name");
    assertThat(hint("Code,Name"))
        .isEqualTo(": there is no column \"Code\"; did you mean \"code\"?");
    assertThat(hint("ｃｏｄｅ,name")).endsWith("did you mean \"code\"?");
    assertThat(hint("id,title")).isEqualTo(": there is no column \"id\"");
    assertThat(hint("code;name")).isEqualTo(": columns are separated by a comma \",\", not \";\"");
    assertThat(hint("区划代码,区划名称"))
        .isEqualTo(": the columns have English names: \"区划代码\" is \"code\", \"区划名称\" is \"name\"");
    assertThat(hint("code,名称")).isEqualTo(": the columns have English names: \"名称\" is \"name\"");
    assertThat(hint("５１１７０３,达川区")).startsWith(": the first line looks like a region");
  }

  @Test
  void theFindingPointsAtTheColumnThatIsWrong() {
    assertThat(column("code,nmae")).isEqualTo(6);
    assertThat(column("\"code\",\"nmae\"")).isEqualTo(9);
    assertThat(column("代码,名称")).isEqualTo(1);
    assertThat(column("code")).isEqualTo(5);
    assertThat(column("code,name,note,x")).isEqualTo(11);
  }

  @Test
  void aRowLongerThanCodeAndNameIsReportedAtItsThirdField() {
    RegisterCsv.Read read = read("code,name\n511703,达川区\n511703001,\"三里坪,街道\",x\n");

    assertThat(read.findings()).hasSize(1);
    assertThat(read.findings().get(0).loc().line()).isEqualTo(3);
    assertThat(read.findings().get(0).loc().column()).isEqualTo(20);
    assertThat(read.register()).hasSize(1);
  }

  @Test
  void anEmptyRegisterRegistersNothingAndSaysNothing() {
    assertThat(read("").findings()).isEmpty();
    assertThat(read("\n\n").findings()).isEmpty();
  }

  @Provide
  Arbitrary<List<String>> otherHeaders() {
    Arbitrary<String> cell =
        Arbitraries.oneOf(
            Arbitraries.of("code", "name", "nmae", "代码", "名称", "note", "Code", ""),
            Arbitraries.strings().withChars("abcdemnoCN代码名称 ;，0123456789").ofMaxLength(8));
    return cell.list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .filter(cells -> !RegisterHeader.columns(trimmed(cells)).equals(RegisterHeader.COLUMNS))
        .filter(cells -> !RegisterHeader.columns(trimmed(cells)).isEmpty());
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(' ').ofMaxLength(3);
  }

  @Provide
  Arbitrary<String> commas() {
    return Arbitraries.strings().withChars(',').ofMaxLength(3);
  }

  private static List<String> trimmed(List<String> cells) {
    return cells.stream().map(String::strip).toList();
  }

  private static String hint(String header) {
    String m = single(header).message();
    return m.substring(m.indexOf("\"code,name\"") + "\"code,name\"".length());
  }

  private static int column(String header) {
    return single(header).loc().column();
  }

  private static Finding single(String header) {
    RegisterCsv.Read read = read(header + "\n" + ROWS);
    assertThat(read.findings()).hasSize(1);
    return read.findings().get(0);
  }

  private static RegisterCsv.Read read(String text) {
    Path csv = Path.of("regions.csv");
    return RegisterCsv.read(
        text.getBytes(StandardCharsets.UTF_8), SourceFile.unstructured(csv, "regions.csv"), EN);
  }
}
