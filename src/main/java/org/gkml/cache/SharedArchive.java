package org.gkml.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.io.AtomicFile;

/**
 * Whether the class-data archive the release's launcher mapped holds this jar's classes. The
 * launchers name the archive for the build id in {@code lib/gkml.build-id} (the JVM itself checks
 * the jar only by size and date, which every release shares); a jar copied over {@code
 * lib/gkml.jar} without its id file would still be run with the old build's archived classes and
 * the new build's resources. The launcher says which id and archive it chose ({@link #ID}, {@link
 * #ARCHIVE}); the jar's own id is one small resource (BuildId), so the check costs nothing that
 * matters. When they differ this run cannot be trusted: the archive is removed and the id file made
 * the jar's, so that the next run maps an archive of the right classes.
 */
public final class SharedArchive {
  /** The system property holding the build id the launcher named the archive for. */
  public static final String ID = "gkml.cds.id";

  /** The system property holding the archive the launcher mapped. */
  public static final String ARCHIVE = "gkml.cds.archive";

  /** The file beside the archive holding the release's build id. */
  static final String ID_FILE = "gkml.build-id";

  /** What the check found. */
  public enum Verdict {
    /** No archive, or the archive of this jar's build. */
    CURRENT,
    /** Another build's archive, now removed and the id file corrected: run again. */
    REMOVED,
    /** Another build's archive that could not be removed (a read-only installation). */
    KEPT
  }

  private SharedArchive() {}

  /** The verdict on the archive of the running JVM, as the launcher named it. */
  public static Verdict check() {
    String id = System.getProperty(ID);
    String archive = System.getProperty(ARCHIVE);
    if (id == null || archive == null || archive.isEmpty()) {
      return Verdict.CURRENT;
    }
    return check(id, BuildId.embedded(), Path.of(archive));
  }

  /**
   * The verdict on {@code archive}, named for build {@code named}, when the jar is build {@code
   * jar} (null: a jar without an id, nothing to compare).
   */
  static Verdict check(String named, String jar, Path archive) {
    if (jar == null || jar.equals(named)) {
      return Verdict.CURRENT;
    }
    try {
      Files.deleteIfExists(archive);
      AtomicFile.write(
          archive.resolveSibling(ID_FILE),
          out -> out.write((jar + "\n").getBytes(StandardCharsets.US_ASCII)));
      return Verdict.REMOVED;
    } catch (IOException | RuntimeException e) {
      return Verdict.KEPT;
    }
  }
}
