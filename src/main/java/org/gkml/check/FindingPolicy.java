package org.gkml.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gkml.i18n.Messages;
import org.gkml.load.LoadedFile;
import org.gkml.load.Suppressions;
import org.gkml.load.TreeLoader;
import org.gkml.model.Config;
import org.gkml.model.Finding;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.model.Suppressed;

/**
 * Applies what a tree says about its findings: severity overrides from {@code gkml.yaml} ({@code
 * rules: {GK205: off}}) and {@code # gkml-ignore} comments. Unknown rule ids in the config are
 * findings themselves (GK007).
 */
final class FindingPolicy {
  private final Map<String, Severity> overrides;
  private final Map<String, Suppressions> suppressions;
  private final List<Finding> own;

  private final Config.Unread unread;
  private final Messages messages;

  private FindingPolicy(
      Map<String, Severity> overrides,
      Map<String, Suppressions> suppressions,
      List<Finding> own,
      Config.Unread unread,
      Messages messages) {
    this.overrides = overrides;
    this.suppressions = suppressions;
    this.own = own;
    this.unread = unread;
    this.messages = messages;
  }

  static FindingPolicy of(TreeLoader.Result loaded, Messages messages) {
    Config config = loaded.tree().config();
    List<Finding> own = new ArrayList<>();
    for (String id : config.rules().keySet()) {
      if (Rule.ofId(id).isEmpty()) {
        own.add(
            new Finding(
                Rule.CONFIG_RULE,
                Rule.CONFIG_RULE.defaultSeverity(),
                config.loc().file().locateKey("/rules/" + id),
                messages.rule(Rule.CONFIG_RULE, id, suggestion(id, messages))));
      }
    }
    Map<String, Suppressions> byFile = new HashMap<>();
    for (LoadedFile f : loaded.files()) {
      if (!f.suppressions().isEmpty()) { // the rest suppress nothing: no need to look them up
        byFile.put(f.file().display(), f.suppressions());
      }
    }
    return new FindingPolicy(config.rules(), byFile, own, config.unread(), messages);
  }

  /** "Did you mean" the rule id nearest an unknown one ({@code GK196}: GK106?), or nothing. */
  private static String suggestion(String id, Messages messages) {
    return Rule.closestId(id).map(r -> messages.get("schema.suggest", r)).orElse("");
  }

  /** The findings that count, sorted; suppressed ones go to {@code suppressed} with reasons. */
  List<Finding> apply(List<Finding> findings, List<Suppressed> suppressed) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : withoutUnreadSettings(concat(findings, own))) {
      Severity severity = overrides.getOrDefault(f.rule().id(), f.severity());
      if (severity == Severity.OFF) {
        continue;
      }
      Suppressions s = suppressions.get(f.loc().file().display());
      Finding effective =
          severity == f.severity() ? f : new Finding(f.rule(), severity, f.loc(), f.message());
      String reason = s == null ? null : s.reasonFor(f.rule().id(), f.loc().line());
      if (reason != null) {
        suppressed.add(new Suppressed(effective, reason));
        continue;
      }
      out.add(effective);
    }
    out.sort(Finding.ORDER);
    suppressed.sort(java.util.Comparator.comparing(Suppressed::finding, Finding.ORDER));
    return out;
  }

  /**
   * {@code findings} without those of rules whose setting is in a part of {@code gkml.yaml} that
   * could not be read (its level may be off or lower, it is not known): each such rule gets one
   * GK009 note instead, where the config names it. Findings in the config itself stay: the cause is
   * among them.
   */
  private List<Finding> withoutUnreadSettings(List<Finding> findings) {
    if (unread == null || unread.rules().isEmpty()) {
      return findings;
    }
    Map<String, Integer> left = new TreeMap<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      String id = f.rule().id();
      if (unread.rules().containsKey(id)
          && !overrides.containsKey(id)
          && f.rule() != Rule.NOT_CHECKED
          && !f.loc().file().path().equals(unread.cause().file().path())) {
        left.merge(id, 1, Integer::sum);
      } else {
        kept.add(f);
      }
    }
    left.forEach(
        (id, n) ->
            kept.add(
                new Finding(
                    Rule.NOT_CHECKED,
                    Severity.INFO,
                    unread.rules().get(id),
                    messages.get("check.notChecked.rule", id, n, unread.cause()))));
    return kept;
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
