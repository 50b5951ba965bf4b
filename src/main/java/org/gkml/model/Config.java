package org.gkml.model;

import java.util.List;
import java.util.Map;

/**
 * The optional tree-wide settings of {@code gkml.yaml}. {@code unread} says what of them could not
 * be read (null: all of it), so that checks depending on it say they were not done rather than
 * report what follows from the gap (a channel "not declared" where the declaration is unreadable).
 */
public record Config(
    String name,
    String issuer,
    List<String> channels,
    Map<String, Severity> rules,
    Loc loc,
    Unread unread)
    implements Document {

  /**
   * What of a {@code gkml.yaml} could not be read. {@code cause} is where the finding that says why
   * stands; {@code channels} whether declared channels may be missing; {@code rules} the rule ids
   * whose setting may be missing, each where the file names it (or at the cause).
   */
  public record Unread(Loc cause, boolean channels, Map<String, Loc> rules) {
    public Unread {
      rules = Map.copyOf(rules);
    }
  }

  public Config {
    channels = List.copyOf(channels);
    rules = Map.copyOf(rules);
  }

  public Config(
      String name, String issuer, List<String> channels, Map<String, Severity> rules, Loc loc) {
    this(name, issuer, channels, rules, loc, null);
  }

  /** The settings of a tree that has no {@code gkml.yaml}. */
  public static Config none() {
    return new Config(null, null, List.of(), Map.of(), null);
  }

  /** This config, of which {@code unread} could not be read. */
  public Config withUnread(Unread unread) {
    return new Config(name, issuer, channels, rules, loc, unread);
  }

  /** Whether the channels the config declares may be more than it was read to declare. */
  public boolean channelsUnread() {
    return unread != null && unread.channels();
  }
}
