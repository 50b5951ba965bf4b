package org.gkml.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gkml.resolve.EffectiveWriter;

/**
 * A folder's catalogue as {@code catalog.yaml}: the output of {@code gkml merge} for every domain,
 * a YAML stream of {@code kind: catalog} documents with region, tier and provenance.
 */
public final class YamlArtifact implements Artifact {
  private final EffectiveWriter writer;

  public YamlArtifact(EffectiveWriter writer) {
    this.writer = writer;
  }

  @Override
  public String fileName() {
    return "catalog.yaml";
  }

  @Override
  public String label() {
    return "YAML 文件";
  }

  @Override
  public void write(Published p, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    writer.writeAll(EffectiveWriter.Format.YAML, p.catalogues(), w);
    w.flush();
  }
}
