package org.gkml.model.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rules of {@link Deadline#compareWith}, documented on {@link Deadline}. */
final class DeadlineComparator {

  private DeadlineComparator() {}

  static DeadlineComparison compare(Deadline a, Deadline b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a instanceof Composite ca && b instanceof Composite cb) {
      return composites(ca, cb);
    }
    if (a instanceof Composite ca) {
      return combine(ca.parts().stream().map(part -> compare(part.deadline(), b)).toList());
    }
    if (b instanceof Composite cb) {
      return combine(cb.parts().stream().map(part -> compare(a, part.deadline())).toList());
    }
    if (a instanceof Span sa && b instanceof Span sb) {
      return spans(sa, sb);
    }
    if (a instanceof Periodic pa && b instanceof Periodic pb) {
      return schedules(pa, pb);
    }
    if (a instanceof Advance aa && b instanceof Advance ab) {
      // a longer lead publishes earlier, so it is the stricter one
      return spans(ab.lead(), aa.lead());
    }
    if (a instanceof Timely && b instanceof Timely
        || a instanceof LongTerm && b instanceof LongTerm
        || a instanceof SameAsAbove && b instanceof SameAsAbove) {
      return DeadlineComparison.SAME;
    }
    if (a instanceof Unparsed && b instanceof Unparsed && a.canonical().equals(b.canonical())) {
      return DeadlineComparison.SAME;
    }
    return DeadlineComparison.NOT_COMPARABLE;
  }

  private static DeadlineComparison spans(Span a, Span b) {
    if (a instanceof WorkingDays wa && b instanceof WorkingDays wb) {
      return DeadlineComparison.ofCounts(wa.days(), wb.days());
    }
    if (a instanceof CalendarMonths ma && b instanceof CalendarMonths mb) {
      return DeadlineComparison.ofCounts(ma.months(), mb.months());
    }
    boolean fixed = a.minHours() == a.maxHours() && b.minHours() == b.maxHours();
    if (fixed && a.minHours() == b.minHours()) {
      return DeadlineComparison.SAME;
    }
    if (a.maxHours() <= b.minHours()) {
      return DeadlineComparison.SHORTER;
    }
    if (a.minHours() >= b.maxHours()) {
      return DeadlineComparison.LONGER;
    }
    return DeadlineComparison.NOT_COMPARABLE;
  }

  private static DeadlineComparison schedules(Periodic a, Periodic b) {
    if (a.frequency() == b.frequency()) {
      return a.detail().equals(b.detail())
          ? DeadlineComparison.SAME
          : DeadlineComparison.NOT_COMPARABLE;
    }
    return DeadlineComparison.ofCounts(a.frequency().days(), b.frequency().days());
  }

  private static DeadlineComparison composites(Composite a, Composite b) {
    List<DeadlineComparison> answers = new ArrayList<>();
    if (sameLabels(a, b)) {
      for (int i = 0; i < a.parts().size(); i++) {
        answers.add(compare(a.parts().get(i).deadline(), b.parts().get(i).deadline()));
      }
    } else {
      // parts about different information: only every part against every part is sound
      for (Composite.Part left : a.parts()) {
        for (Composite.Part right : b.parts()) {
          answers.add(compare(left.deadline(), right.deadline()));
        }
      }
    }
    return combine(answers);
  }

  private static boolean sameLabels(Composite a, Composite b) {
    return a.parts().stream()
        .map(Composite.Part::label)
        .toList()
        .equals(b.parts().stream().map(Composite.Part::label).toList());
  }

  private static DeadlineComparison combine(List<DeadlineComparison> answers) {
    if (answers.contains(DeadlineComparison.NOT_COMPARABLE)) {
      return DeadlineComparison.NOT_COMPARABLE;
    }
    boolean shorter = answers.contains(DeadlineComparison.SHORTER);
    boolean longer = answers.contains(DeadlineComparison.LONGER);
    if (shorter && longer) {
      return DeadlineComparison.NOT_COMPARABLE;
    }
    return shorter
        ? DeadlineComparison.SHORTER
        : longer ? DeadlineComparison.LONGER : DeadlineComparison.SAME;
  }
}
