package org.gkml.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged jar carries the id of the classes and build file it was made from. */
class BuildIdIT {
  private static final Path JAR = Path.of("target/gkml.jar");

  @Test
  void theJarCarriesTheIdOfItsClasses() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/gkml.jar is built by mvn package");
    String embedded;
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      ZipEntry entry = jar.getEntry(BuildId.RESOURCE);
      assertThat(entry).isNotNull();
      embedded = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.US_ASCII);
    }

    assertThat(embedded.strip())
        .matches("[0-9a-f]{64}")
        .isEqualTo(BuildId.of(Path.of("target/classes"), List.of(Path.of("pom.xml"))));
  }
}
