package org.gkml.resolve;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.gkml.check.BrokenFiles;
import org.gkml.i18n.Messages;
import org.gkml.model.Catalog;
import org.gkml.model.Config;
import org.gkml.model.Field;
import org.gkml.model.Loc;
import org.gkml.model.Overlay;
import org.gkml.model.Region;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;
import org.gkml.model.Severity;
import org.gkml.model.Suggestion;
import org.gkml.model.Tier;
import org.gkml.text.TerminalText;

/**
 * Prints an {@link Explanation} for people: a verdict line, then one line per event, each starting
 * with {@code file:line:} like a finding so editors can jump to it.
 */
public final class ExplanationText {
  private final Messages messages;
  private final Resolver resolver;

  public ExplanationText(Messages messages, Resolver resolver) {
    this.messages = messages;
    this.resolver = resolver;
  }

  public void write(Explanation e, Writer out) throws IOException {
    // names and values come from catalogue files: quoted, so one event stays one line
    out.write(TerminalText.quote(verdict(e)));
    out.write('\n');
    Map<String, Severity> overrides = config().rules();
    for (Explanation.Event event : e.events()) {
      String line = line(event, overrides);
      if (line != null) {
        out.write(TerminalText.quote("  " + at(event.at()) + ": " + line) + "\n");
      }
    }
    out.flush();
  }

  private Config config() {
    return resolver.tree().config();
  }

  private String verdict(Explanation e) {
    String item = e.itemId();
    String region = region(e.region().code());
    String tier = e.tier().word();
    return switch (e.outcome()) {
      case VISIBLE -> messages.get("explain.visible", item, e.domain(), region, tier);
      case FILTERED ->
          messages.get(
              "explain.filtered",
              item,
              e.domain(),
              region,
              tier,
              e.item().tiersInOrder().stream().map(Tier::word).toList());
      case REMOVED -> {
        Explanation.Event last = e.events().get(e.events().size() - 1);
        yield messages.get("explain.removed", item, e.domain(), region, region(last.region()));
      }
      case NOT_APPLICABLE -> {
        Explanation.Event last = e.events().get(e.events().size() - 1);
        yield messages.get(
            "explain.notApplicable", item, e.domain(), region, region(last.region()));
      }
      case ELSEWHERE ->
          messages.get(
              "explain.elsewhere", item, e.domain(), region, region(e.events().get(0).region()));
      case NOT_APPLIED -> {
        RegionCode by = e.events().get(0).region();
        yield messages.get(
            "explain.notApplied", item, e.domain(), region, region(by), notApplied(by, e.domain()));
      }
    };
  }

  /**
   * Why the overlay of {@code code} for {@code domain} is not applied, as validate says it: the
   * other overlay of that region and domain is (GK302), or the domain has no basic catalogue
   * (GK303).
   */
  private String notApplied(RegionCode code, String domain) {
    Overlay used = resolver.overlay(code, domain);
    if (used != null) {
      return messages.rule(Rule.DUPLICATE_OVERLAY, code, domain, used.regionLoc());
    }
    for (Catalog c : resolver.tree().basics()) {
      if (BrokenFiles.misspelt(c).filter(domain::equals).isPresent()) {
        // the domain is written right here and misspelt in its basic catalogue (GK309): no
        // suggestion to copy the slip
        return messages.get("explain.basicMisspelt", c.loc().child("domain"), c.domain());
      }
    }
    String hint =
        Suggestion.closest(domain, resolver.domains())
            .map(d -> messages.get("schema.suggest", d))
            .orElse("");
    return messages.rule(Rule.DOMAIN_WITHOUT_BASIC, domain, hint);
  }

  private String line(Explanation.Event event, Map<String, Severity> overrides) {
    if (event instanceof Explanation.Event.Defined d) {
      return d.region() == null
          ? messages.get("explain.definedBasic")
          : messages.get("explain.definedBy", region(d.region()));
    }
    if (event instanceof Explanation.Event.Changed c) {
      Provenance.Change change = c.change();
      return messages.get(
          "explain.changed",
          region(change.region()),
          fieldName(change.field()),
          value(change.before()),
          value(change.after()));
    }
    if (event instanceof Explanation.Event.NotApplicable n) {
      return messages.get("explain.notApplicableBy", region(n.region()), value(n.reason()));
    }
    if (event instanceof Explanation.Event.Removed r) {
      return messages.get("explain.removedBy", region(r.region()), value(r.reason()));
    }
    Explanation.Event.Flagged f = (Explanation.Event.Flagged) event;
    Severity severity = overrides.getOrDefault(f.rule().id(), f.rule().defaultSeverity());
    if (severity == Severity.OFF) {
      return null;
    }
    return severity.word() + " " + f.rule().id() + ": " + f.message(messages);
  }

  private String fieldName(Field field) {
    String key = "field." + field.key();
    return messages.has(key) ? messages.get(key) : field.key();
  }

  /** A region as {@code 511703 达川区}; the basic catalogue for null. */
  private String region(RegionCode code) {
    if (code == null) {
      return messages.get("explain.basic");
    }
    Region r = resolver.region(code).orElse(new Region(code, ""));
    return r.name().isEmpty() ? code.digits() : code.digits() + " " + r.name();
  }

  private String value(Object v) {
    if (v == null) {
      return messages.get("explain.none");
    }
    if (v instanceof List<?> list) {
      return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
    }
    return String.valueOf(v).replace("\n", " ").strip();
  }

  private static String at(Loc loc) {
    return loc.file().display() + ":" + loc.line();
  }
}
