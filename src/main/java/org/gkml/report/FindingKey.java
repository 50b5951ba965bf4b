package org.gkml.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import org.gkml.model.Finding;

/**
 * A finding's identity across edits: its rule, its file (with forward slashes) and its subject (the
 * item or key it is about, see {@code org.gkml.check.FindingSubjects}), never its line. Baselines
 * match findings by it and SARIF fingerprints are made from it.
 */
public record FindingKey(String rule, String file, String subject) {

  public static FindingKey of(Finding f, Function<Finding, String> subject) {
    return new FindingKey(
        f.rule().id(), f.loc().file().display().replace('\\', '/'), subject.apply(f));
  }

  /** A short stable hash of the key, for SARIF's {@code partialFingerprints}. */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest((rule + '\0' + file + '\0' + subject).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
