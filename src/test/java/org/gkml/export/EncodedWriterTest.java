package org.gkml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.gkml.model.RegionCode;
import org.gkml.resolve.Resolver;
import org.junit.jupiter.api.Test;

/** Text written partly from bytes encoded once is the text's UTF-8, whatever is written. */
class EncodedWriterTest {

  @Property(tries = 200)
  void theBytesAreTheUtf8OfAllTheText(@ForAll @Size(max = 40) List<String> pieces)
      throws Exception {
    Map<String, byte[]> encoded = new IdentityHashMap<>();
    for (int i = 0; i < pieces.size(); i += 3) {
      encoded.put(pieces.get(i), pieces.get(i).getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EncodedWriter w = new EncodedWriter(out, encoded);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      String p = pieces.get(i);
      switch (i % 4) {
        case 0 -> w.write(p);
        case 1 -> w.append(new StringBuilder(p));
        case 2 -> w.write(p.toCharArray(), 0, p.length());
        default -> w.append(p);
      }
      all.append(p);
    }
    w.flush();
    assertThat(out.toByteArray()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCharacterOutsideTheBasicPlaneAcrossAChunkIsKeptWhole() throws Exception {
    String text = "公".repeat(8191) + "\uD842\uDFB7" + "开";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EncodedWriter w = new EncodedWriter(out, Map.of());
    for (char c : text.toCharArray()) {
      w.write(c);
    }
    w.flush();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void pagesWrittenAsBytesAreThePagesWrittenAsText() throws Exception {
    Resolver resolver = new Resolver(HtmlFixtures.shippedTree());
    HtmlExporter exporter = new HtmlExporter("gkml test");
    LocalDate date = LocalDate.of(2025, 6, 1);
    // twice: the second round's rows come from what the first one rendered and encoded
    for (int round = 0; round < 2; round++) {
      for (RegionCode code : resolver.regions()) {
        HtmlPage page =
            new HtmlPage(
                null,
                Publication.of(
                    resolver.region(code).orElseThrow(), null, resolver.effective(code, null)),
                List.of(),
                date);
        StringWriter text = new StringWriter();
        exporter.write(page, text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.write(page, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
      }
    }
  }
}
