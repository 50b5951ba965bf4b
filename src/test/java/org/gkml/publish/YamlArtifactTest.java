package org.gkml.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.gkml.TestCatalogs;
import org.gkml.export.HtmlFixtures;
import org.gkml.model.CatalogTree;
import org.gkml.model.Region;
import org.gkml.resolve.EffectiveWriter;
import org.gkml.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlArtifactTest {

  @Test
  void sameBytesAsWritingEveryCatalogueWhole() throws Exception {
    assertSameForEveryRegion(HtmlFixtures.shippedTree());
  }

  /**
   * Regression: the pieces a build keeps once were written from a catalogue stripped to its header,
   * which lost what a region's document says besides its items (the revision record; a domain
   * declared not applicable, with who declared it and why).
   */
  @ParameterizedTest
  @ValueSource(strings = {"validate/valid/revisions-and-skipped", "merge/not-applicable/tree"})
  void sameBytesForCataloguesWithRevisionsAndDomainsNotApplicable(String tree) throws Exception {
    assertSameForEveryRegion(TestCatalogs.load(TestCatalogs.resource(tree)));
  }

  private static void assertSameForEveryRegion(CatalogTree tree) throws Exception {
    Resolver resolver = new Resolver(tree);
    EffectiveWriter writer = new EffectiveWriter(resolver);
    YamlArtifact artifact = new YamlArtifact(writer);
    ResolverSource source = new ResolverSource(resolver);
    // twice: the second round comes from what the first one kept
    for (int round = 0; round < 2; round++) {
      assertSame(writer, artifact, source.basic());
      for (Region r : source.regions()) {
        assertSame(writer, artifact, source.effective(r));
      }
    }
  }

  private static void assertSame(EffectiveWriter writer, YamlArtifact artifact, Published p)
      throws Exception {
    StringWriter whole = new StringWriter();
    writer.writeAll(EffectiveWriter.Format.YAML, p.catalogues(), whole);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    artifact.write(p, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(whole.toString());
  }
}
