package org.gkml.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gkml.error.ExitCode;
import org.gkml.error.GkmlException;
import org.gkml.i18n.Messages;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.resolve.EffectiveWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12: a command's work happens in a service of the core, which runs without picocli. The
 * gate every output passes (findings printed, nothing built, the exit code returned) is the
 * service's, so every command that writes an output agrees on it.
 */
class ServicesWithoutCommandLineTest {
  private static final RegionCode COUNTY = RegionCode.parse("511703").orElseThrow();

  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();
  private final Session session =
      new Session(Messages.english(), new PrintWriter(err), "test", Map.of());

  private static Path resource(String name) {
    try {
      return Path.of(ServicesWithoutCommandLineTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The base tree with a county overlay that removes a channel (GK205, an error). */
  private Path brokenTree() throws IOException {
    Path root = tmp.resolve("broken");
    for (Path from :
        new Path[] {resource("resolve/base"), resource("resolve/rules/gk205-channel-removed")}) {
      try (var walk = Files.walk(from)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          Path target = root.resolve(from.relativize(p).toString());
          Files.createDirectories(target.getParent());
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return root;
  }

  @Test
  void aRegionWhoseChainHasAnErrorStopsEveryOutputWithTheSameExitCode() throws IOException {
    Path root = brokenTree();

    Outcome<RegionService.Merged> merged =
        new RegionService(session).merge(root, COUNTY, null, null);
    String mergeErr = err.toString();
    err.getBuffer().setLength(0);
    Outcome<PublishService.Table> table = new PublishService(session).table(root, COUNTY, null);

    assertThat(merged.stopped()).isTrue();
    assertThat(merged.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(merged.value()).isNull();
    assertThat(mergeErr).contains("error GK205");
    assertThat(table.exitCode()).isEqualTo(ExitCode.FINDINGS);
    // an export says that nothing was written; merge, whose output is stdout, does not
    assertThat(err.toString())
        .contains("error GK205")
        .contains("gkml: " + session.messages().get("export.invalidTree"));
    assertThat(mergeErr).doesNotContain(session.messages().get("export.invalidTree"));
  }

  @Test
  void aCleanRegionIsMergedAndWritten() throws IOException {
    Outcome<RegionService.Merged> merged =
        new RegionService(session).merge(resource("resolve/base"), COUNTY, Tier.COUNTY, null);

    assertThat(merged.stopped()).isFalse();
    assertThat(merged.value().catalogues()).isNotEmpty();
    StringWriter yaml = new StringWriter();
    merged.value().write(EffectiveWriter.Format.YAML, yaml);
    assertThat(yaml.toString()).contains("511703");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anUnknownRegionIsAUsageError() {
    RegionCode nowhere = RegionCode.parse("511799").orElseThrow();

    assertThatThrownBy(
            () -> new RegionService(session).merge(resource("resolve/base"), nowhere, null, null))
        .isInstanceOf(GkmlException.class)
        .extracting(e -> ((GkmlException) e).key())
        .isEqualTo("resolve.unknownRegion");
  }

  @Test
  void anOutcomeHoldsAValueExactlyWhenItDoesNotStop() {
    assertThat(Outcome.of("x").stopped()).isFalse();
    assertThat(Outcome.stop(ExitCode.USAGE).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThatThrownBy(() -> new Outcome<>(null, ExitCode.OK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Outcome<>("x", ExitCode.FINDINGS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
