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
 * match findings by it (their files relative to the baseline's folder) and SARIF fingerprints are
 * made from it (their files as the SARIF names them).
 */
public record FindingKey(String rule, String file, String subject) {

  /**
   * The key of a finding with its file named relative to the source root, as code hosts name it: a
   * fingerprint stays the same whichever folder of the repository gkml runs in.
   */
  public static FindingKey of(Finding f, SourceRoot root, Function<Finding, String> subject) {
    String file = root.name(f.loc().file().display()).replace('\\', '/');
    return new FindingKey(f.rule().id(), file, subject.apply(f));
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
