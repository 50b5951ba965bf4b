package org.gkml.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gkml.i18n.Messages;
import org.gkml.load.LoadedFile;
import org.gkml.load.TextTraits;
import org.gkml.model.Catalog;
import org.gkml.model.ChannelVocabulary;
import org.gkml.model.Config;
import org.gkml.model.Field;
import org.gkml.model.FieldEdit;
import org.gkml.model.Item;
import org.gkml.model.JoinedValues;
import org.gkml.model.Loc;
import org.gkml.model.Mode;
import org.gkml.model.Modification;
import org.gkml.model.Overlay;
import org.gkml.model.Rule;
import org.gkml.model.Suggestion;
import org.gkml.model.deadline.Answer;
import org.gkml.model.deadline.Deadline;
import org.gkml.text.TerminalText;

/**
 * Checks the elements of each item on their own: channels against the vocabulary (GK103), repeated
 * set elements (GK109), deadlines gkml cannot read (GK105) or that exceed the legal default for
 * proactive items (GK106), and what an overlay's {@code modify} brings in.
 */
final class ItemCheck implements FileCheck {
  // labels repeat across thousands of items and judging one (NFKC, regex) costs far more than a
  // lookup: both answers are remembered, up to a bound
  private static final int MEMO_LIMIT = 1 << 14;
  private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

  /** The verdicts of one vocabulary (a tree's), shared by the threads checking its files. */
  private record Verdicts(
      ChannelVocabulary vocabulary, Map<String, ChannelVocabulary.Verdict> memo) {
    ChannelVocabulary.Verdict of(String channel) {
      ChannelVocabulary.Verdict v = memo.get(channel);
      if (v == null) {
        v = vocabulary.check(channel);
        if (memo.size() < MEMO_LIMIT) {
          memo.put(channel, v);
        }
      }
      return v;
    }
  }

  private volatile Verdicts verdicts;

  private Verdicts verdicts(ChannelVocabulary vocabulary) {
    Verdicts v = verdicts;
    if (v == null || v.vocabulary() != vocabulary) {
      v = new Verdicts(vocabulary, new ConcurrentHashMap<>());
      verdicts = v;
    }
    return v;
  }

  private static String normalize(String label) {
    String n = NORMALIZED.get(label);
    if (n == null) {
      n = ChannelVocabulary.normalize(label);
      if (NORMALIZED.size() < MEMO_LIMIT) {
        NORMALIZED.put(label, n);
      }
    }
    return n;
  }

  /**
   * The channels of one file that are not allowed by what could be read of a config that could not
   * be read in full: its unread part may declare them.
   */
  private record Undecided(List<String> channels, List<Loc> places) {
    Undecided() {
      this(new ArrayList<>(), new ArrayList<>());
    }
  }

  @Override
  public void check(LoadedFile file, CheckContext context, FindingSink sink) {
    Config config = context.tree().config();
    Undecided undecided = config.channelsUnread() ? new Undecided() : null;
    if (file.document() instanceof Catalog c) {
      c.items().forEach(item -> item(item, context, undecided, sink));
    } else if (file.document() instanceof Overlay o) {
      o.adds().forEach(item -> item(item, context, undecided, sink));
      o.modifies().forEach(m -> modification(m, context, undecided, sink));
    }
    if (undecided != null && !undecided.channels().isEmpty()) {
      // said once per file, at the first, rather than as an unknown channel each (GK009)
      sink.note(
          Rule.NOT_CHECKED,
          undecided.places().get(0),
          "check.notChecked.channels",
          undecided.channels().get(0),
          undecided.channels().size(),
          config.unread().cause());
    }
  }

  private void item(Item item, CheckContext context, Undecided undecided, FindingSink sink) {
    channels(item.channels(), item.loc(), "channels", context, undecided, sink);
    repeated(item.channels(), item.loc(), Field.CHANNELS, sink);
    repeated(item.basis(), item.loc(), Field.BASIS, sink);
    Deadline deadline = Deadline.parse(item.deadline());
    if (!deadline.parsed()) {
      sink.report(Rule.DEADLINE_UNPARSED, item.loc().child("deadline"), item.deadline());
    } else if (item.mode() == Mode.PROACTIVE && deadline.exceedsLegalDefault() == Answer.YES) {
      sink.report(
          Rule.DEADLINE_OVER_DEFAULT, item.loc().child("deadline"), item.id(), item.deadline());
    }
  }

  private void modification(
      Modification m, CheckContext context, Undecided undecided, FindingSink sink) {
    for (Map.Entry<Field, FieldEdit> e : m.edits().entrySet()) {
      if (e.getKey() == Field.DEADLINE && e.getValue() instanceof FieldEdit.SetText t) {
        if (!Deadline.parse(t.value()).parsed()) {
          sink.report(Rule.DEADLINE_UNPARSED, m.loc().child("deadline"), t.value());
        }
        continue;
      }
      if (e.getKey() != Field.CHANNELS) {
        continue;
      }
      if (e.getValue() instanceof FieldEdit.ReplaceList r) {
        channels(r.values(), m.loc(), "channels", context, undecided, sink);
      } else if (e.getValue() instanceof FieldEdit.EditList l) {
        channels(l.add(), m.loc(), "channels/add", context, undecided, sink);
      }
    }
  }

  private void channels(
      List<String> channels,
      Loc base,
      String where,
      CheckContext context,
      Undecided undecided,
      FindingSink sink) {
    ChannelVocabulary vocabulary = context.vocabulary();
    for (int i = 0; i < channels.size(); i++) {
      String channel = channels.get(i);
      ChannelVocabulary.Verdict verdict = verdicts(vocabulary).of(channel);
      if (verdict instanceof ChannelVocabulary.Verdict.Known k && !spacedOut(channel, k.label())) {
        continue;
      }
      Loc at = base.child((Object[]) (where + "/" + i).split("/"));
      if (undecided != null) {
        undecided.channels().add(channel);
        undecided.places().add(at);
        continue;
      }
      Messages msg = sink.messages();
      // 政府网站 with a zero-width space: quoted with it shown, not looking like the label it is not
      String shown = TerminalText.escaping(channel, TextTraits::isInvisible);
      Optional<List<String>> joined =
          verdict instanceof ChannelVocabulary.Verdict.Unknown
              ? JoinedValues.split(channel, vocabulary::labelOf)
              : Optional.empty();
      if (joined.isPresent()) {
        // 政府网站，两微一端: a list typed as one text, not a misspelling of its first channel
        List<String> whole = new ArrayList<>(channels.subList(0, i));
        whole.addAll(joined.get());
        whole.addAll(channels.subList(i + 1, channels.size()));
        sink.report(
            Rule.UNKNOWN_CHANNEL,
            at,
            shown,
            msg.get("rule.GK103.joined", JoinedValues.flowList(whole)));
        continue;
      }
      String hint = declaredNearMiss(channel, verdict, context.tree().config(), msg);
      if (!hint.isEmpty()) {
        sink.report(Rule.UNKNOWN_CHANNEL, at, shown, hint);
        continue;
      }
      if (verdict instanceof ChannelVocabulary.Verdict.Known k) {
        hint = msg.get("rule.GK103.variant", k.label());
      } else if (verdict instanceof ChannelVocabulary.Verdict.Variant v) {
        hint = msg.get("rule.GK103.variant", v.canonical());
      } else if (verdict instanceof ChannelVocabulary.Verdict.Undeclared) {
        hint = msg.get("rule.GK103.undeclared");
      } else if (verdict instanceof ChannelVocabulary.Verdict.Unknown u && u.closest() != null) {
        hint = msg.get("rule.GK103.closest", u.closest());
      }
      sink.report(Rule.UNKNOWN_CHANNEL, at, shown, hint);
    }
  }

  /**
   * The hint of a GK103 whose channel is a near miss of one that gkml.yaml declares, naming that
   * declaration and where it is; else "". A real channel written right but declared with a slip
   * (投资项目在线审批监管平台 used, 投资项目在线审批监官平台 declared) is no channel to "declare under channels": the
   * declaration is what to correct. A slip of a declared channel is told the declared spelling, and
   * where it is declared, as any other near miss is.
   */
  private static String declaredNearMiss(
      String channel, ChannelVocabulary.Verdict verdict, Config config, Messages msg) {
    List<String> declared = config.channels();
    if (declared.isEmpty()
        || config.loc() == null
        || !(verdict instanceof ChannelVocabulary.Verdict.Undeclared
            || verdict instanceof ChannelVocabulary.Verdict.Unknown)) {
      return "";
    }
    String near;
    if (verdict instanceof ChannelVocabulary.Verdict.Unknown u) {
      near = u.closest(); // the nearest of every allowed channel, declared ones among them
      if (near == null || !declared.contains(near) || standardChannel(near)) {
        return "";
      }
    } else {
      // the declared channels the standard vocabulary does not know: those that may be slips
      Map<String, String> own = new LinkedHashMap<>();
      for (String d : declared) {
        if (!standardChannel(d)) {
          own.putIfAbsent(ChannelVocabulary.normalize(d), d);
        }
      }
      near = Suggestion.closest(ChannelVocabulary.normalize(channel), own).orElse(null);
      if (near == null) {
        return "";
      }
    }
    Loc declaredAt = config.loc().child("channels", declared.indexOf(near));
    return msg.get(
        verdict instanceof ChannelVocabulary.Verdict.Undeclared
            ? "rule.GK103.declaredSlip"
            : "rule.GK103.declared",
        near,
        declaredAt);
  }

  /** Whether the standard vocabulary allows a channel without any declaration. */
  private static boolean standardChannel(String channel) {
    return ChannelVocabulary.standard().allows(channel);
  }

  /**
   * Whether a channel the vocabulary knows only because labels compare without white space has
   * white space inside that its label does not ("政府 网站", "政府　网站"): published as written, it would
   * be a channel of its own beside 政府网站. White space at the ends is GK107's, as in every value; a
   * channel written as its label (nearly all) costs one comparison.
   */
  private static boolean spacedOut(String channel, String label) {
    if (channel.equals(label)) {
      return false;
    }
    String inner = channel.strip();
    if (inner.equals(label)) {
      return false;
    }
    for (int i = 0; i < inner.length(); i++) {
      if (Character.isWhitespace(inner.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void repeated(List<String> values, Loc base, Field field, FindingSink sink) {
    if (values.size() < 2) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(normalize(values.get(i)))) {
        sink.report(Rule.REPEATED_ELEMENT, base.child(field.key(), i), values.get(i), field.key());
      }
    }
  }
}
