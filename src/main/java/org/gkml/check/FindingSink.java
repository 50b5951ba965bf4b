package org.gkml.check;

import java.util.ArrayList;
import java.util.List;
import org.gkml.i18n.Messages;
import org.gkml.model.Finding;
import org.gkml.model.Loc;
import org.gkml.model.Rule;

/** Collects the findings of checks, rendering each rule's message in the user's language. */
public final class FindingSink {
  private final Messages messages;
  private final List<Finding> findings = new ArrayList<>();

  public FindingSink(Messages messages) {
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  public void report(Rule rule, Loc at, Object... args) {
    findings.add(new Finding(rule, rule.defaultSeverity(), at, messages.rule(rule, args)));
  }

  /**
   * A finding of a rule in words of its own (a message key other than the rule's), at the rule's
   * default severity: a rule that covers more than one case says which.
   */
  public void reportWith(Rule rule, Loc at, String messageKey, Object... args) {
    findings.add(new Finding(rule, rule.defaultSeverity(), at, messages.get(messageKey, args)));
  }

  /**
   * A note that a check could not run because of a cause reported elsewhere: shown as info, in the
   * rule's name, with a message of its own.
   */
  public void note(Rule rule, Loc at, String messageKey, Object... args) {
    findings.add(
        new Finding(rule, org.gkml.model.Severity.INFO, at, messages.get(messageKey, args)));
  }

  public List<Finding> findings() {
    return findings;
  }
}
