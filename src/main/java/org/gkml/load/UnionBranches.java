package org.gkml.load;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The violations worth telling of a value that fails an {@code anyOf} or {@code oneOf}: only those
 * of the alternative its type fits. The validator reports every alternative's complaints, so {@code
 * channels: {ad: [政务服务中心]}} (a list, or a mapping of add and remove) also got "is a mapping, should
 * be a list", which is false: a mapping is allowed, its key is wrong. The alternative a value's
 * type fits is the one the author meant; when several fit, the one with the fewest complaints; when
 * none fits, only the type is wrong, and only the type mismatches are kept (they make one finding
 * naming every type allowed).
 */
final class UnionBranches {
  private static final Set<String> UNIONS = Set.of("anyOf", "oneOf");

  /** Keywords whose next evaluation-path segment is a name or index, not a step into the value. */
  private static final Set<String> NAMED = Set.of("allOf", "anyOf", "oneOf", "dependentSchemas");

  /** Keywords whose next segment names the member or element they step into. */
  private static final Set<String> INTO_NAMED =
      Set.of("properties", "patternProperties", "prefixItems");

  /** Keywords that step into every member or element of the value. */
  private static final Set<String> INTO_EACH =
      Set.of("items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems");

  private UnionBranches() {}

  /** The violations of {@code violations} to report, in their order. */
  static List<ValidationMessage> relevant(Collection<ValidationMessage> violations) {
    if (violations.stream().noneMatch(UnionBranches::inUnion)) {
      return List.copyOf(violations); // the usual case: no alternatives to choose between
    }
    return relevant(List.copyOf(violations), 0);
  }

  private static boolean inUnion(ValidationMessage v) {
    JsonNodePath path = v.getEvaluationPath();
    for (int i = 0; i < path.getNameCount(); i++) {
      if (UNIONS.contains(String.valueOf(path.getElement(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #relevant(Collection)} for unions whose keyword is at evaluation segment {@code from} or
   * deeper.
   */
  private static List<ValidationMessage> relevant(List<ValidationMessage> violations, int from) {
    List<ValidationMessage> out = new ArrayList<>();
    // per union (its evaluation path and the value it judged): each alternative's violations
    Map<String, Union> unions = new LinkedHashMap<>();
    List<ValidationMessage> own = new ArrayList<>();
    for (ValidationMessage v : violations) {
      List<String> eval = segments(v.getEvaluationPath());
      int at = unionAt(eval, from);
      if (at < 0) {
        if (!eval.isEmpty() && UNIONS.contains(eval.get(eval.size() - 1))) {
          own.add(v); // "matches none of the alternatives": the alternatives say why
        } else {
          out.add(v);
        }
        continue;
      }
      int steps = stepsInto(eval, at + 2);
      List<String> instance = segments(v.getInstanceLocation());
      String value = String.join("/", instance.subList(0, instance.size() - steps));
      String key = String.join("/", eval.subList(0, at + 1)) + "\u0000" + value;
      Union union = unions.computeIfAbsent(key, k -> new Union(at + 2));
      int branch = Integer.parseInt(eval.get(at + 1));
      union.branches.computeIfAbsent(branch, b -> new ArrayList<>()).add(v);
      if (steps == 0 && v.getType().equals("type")) {
        union.misfits.add(branch);
      }
    }
    for (ValidationMessage v : own) {
      List<String> eval = segments(v.getEvaluationPath());
      String key =
          String.join("/", eval) + "\u0000" + String.join("/", segments(v.getInstanceLocation()));
      if (!unions.containsKey(key)) {
        out.add(v);
      }
    }
    for (Union union : unions.values()) {
      out.addAll(union.relevant());
    }
    return out;
  }

  /** One union's violations, by alternative, and the alternatives the value's type does not fit. */
  private static final class Union {
    final int below;
    final Map<Integer, List<ValidationMessage>> branches = new LinkedHashMap<>();
    final java.util.Set<Integer> misfits = new java.util.HashSet<>();

    Union(int below) {
      this.below = below;
    }

    List<ValidationMessage> relevant() {
      List<ValidationMessage> fitting = null;
      for (Map.Entry<Integer, List<ValidationMessage>> b : branches.entrySet()) {
        if (!misfits.contains(b.getKey())
            && (fitting == null || b.getValue().size() < fitting.size())) {
          fitting = b.getValue();
        }
      }
      if (fitting != null) {
        return UnionBranches.relevant(fitting, below);
      }
      List<ValidationMessage> types = new ArrayList<>();
      for (List<ValidationMessage> b : branches.values()) {
        for (ValidationMessage v : b) {
          if (v.getType().equals("type")
              && stepsInto(segments(v.getEvaluationPath()), below) == 0) {
            types.add(v);
          }
        }
      }
      return types;
    }
  }

  /**
   * The segment of the first union keyword at or after {@code from} followed by an index, or -1.
   */
  private static int unionAt(List<String> eval, int from) {
    for (int i = from; i + 1 < eval.size(); i++) {
      if (UNIONS.contains(eval.get(i)) && eval.get(i + 1).matches("\\d{1,9}")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How many steps into the value the evaluation path takes from segment {@code from} on: each
   * {@code properties/NAME}, {@code items} and the like is one; {@code $ref}, {@code allOf/N} and
   * the like stay on the same value. The last segment is the keyword that failed, and takes none.
   */
  private static int stepsInto(List<String> eval, int from) {
    int steps = 0;
    for (int i = from; i < eval.size() - 1; i++) {
      String s = eval.get(i);
      if (INTO_NAMED.contains(s)) {
        steps++;
        i++;
      } else if (INTO_EACH.contains(s) || s.equals("contains")) {
        steps++;
      } else if (NAMED.contains(s)) {
        i++;
      }
    }
    return steps;
  }

  private static List<String> segments(JsonNodePath path) {
    List<String> out = new ArrayList<>(path.getNameCount());
    for (int i = 0; i < path.getNameCount(); i++) {
      out.add(String.valueOf(path.getElement(i)));
    }
    return out;
  }
}
