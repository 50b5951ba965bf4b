package org.gkml.diff;

import java.util.Comparator;
import java.util.Objects;
import org.gkml.model.Loc;
import org.gkml.model.Rule;

/**
 * An overlay below a changed document that the change breaks: a {@code modify} or {@code remove}
 * now naming nothing (or nothing visible), a field the policy no longer lets it modify, a removal
 * no longer allowed, or an added id now taken. {@code loc} is in the new tree.
 */
public record Impact(
    String domain, String region, String item, Rule rule, Loc loc, String message) {

  /** In reading order: by file, line, column. */
  public static final Comparator<Impact> ORDER =
      Comparator.comparing((Impact i) -> i.loc().file().display())
          .thenComparingInt(i -> i.loc().line())
          .thenComparingInt(i -> i.loc().column())
          .thenComparing(i -> i.rule().id());

  public Impact {
    Objects.requireNonNull(domain);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(loc);
    Objects.requireNonNull(message);
  }
}
