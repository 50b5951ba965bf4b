package org.gkml.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a build runs and what its pages say about it.
 *
 * @param jobs how many folders are written at once
 * @param date the generation date printed on every page
 * @param setName the catalogue set's name (gkml.yaml {@code name}); may be null
 * @param generator the tool and version, e.g. {@code gkml 0.1.0}
 * @param root the catalogue root as the user named it, for the build report
 * @param started when the build began (validation included), to tell how long it took
 */
public record PublishOptions(
    int jobs, LocalDate date, String setName, String generator, String root, Instant started) {

  public PublishOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(started, "started");
  }

  /** One job per core, today's date, started now. */
  public static PublishOptions defaults(String generator, String root) {
    return new PublishOptions(
        Runtime.getRuntime().availableProcessors(),
        org.gkml.model.BuildClock.system().date(),
        null,
        generator,
        root,
        Instant.now());
  }

  public PublishOptions withJobs(int n) {
    return new PublishOptions(n, date, setName, generator, root, started);
  }

  public PublishOptions withDate(LocalDate d) {
    return new PublishOptions(jobs, d, setName, generator, root, started);
  }

  public PublishOptions withSetName(String name) {
    return new PublishOptions(jobs, date, name, generator, root, started);
  }

  public PublishOptions withStarted(Instant when) {
    return new PublishOptions(jobs, date, setName, generator, root, when);
  }
}
