package org.gkml.cli;

import java.util.Iterator;
import java.util.List;

/**
 * The words an option takes, written as users type them: once for the converter that refuses
 * another word (and suggests the nearest), and once for shell completion ({@code
 * completionCandidates}). picocli would otherwise complete an enum option with the enum's constant
 * names ({@code TEXT}, {@code COUNTY}), which are not what the parser, the help or the docs say.
 */
final class Choices {
  private Choices() {}

  /** A fixed list of words; picocli makes one by its no-argument constructor. */
  abstract static class Words implements Iterable<String> {
    private final List<String> words;

    Words(String... words) {
      this.words = List.of(words);
    }

    List<String> words() {
      return words;
    }

    @Override
    public Iterator<String> iterator() {
      return words.iterator();
    }
  }

  /** {@code --lang}. */
  static final class Languages extends Words {
    Languages() {
      super("zh", "en");
    }
  }

  /** {@code gkml completion}'s shell. */
  static final class Shells extends Words {
    Shells() {
      super("bash", "zsh");
    }
  }

  /** {@code --tier}: the tier words, in Chinese and in English. */
  static final class Tiers extends Words {
    Tiers() {
      super("县级", "乡级", "村级", "county", "township", "village");
    }
  }

  /** {@code validate --format}. */
  static final class FindingsFormats extends Words {
    FindingsFormats() {
      super("text", "json", "sarif", "junit", "github");
    }
  }

  /** {@code diff --format}. */
  static final class DiffFormats extends Words {
    DiffFormats() {
      super("text", "json", "markdown", "html", "xlsx");
    }
  }

  /** {@code diff --fail-on}. */
  static final class FailOnWords extends Words {
    FailOnWords() {
      super("breaking", "any", "none");
    }
  }

  /** {@code diff --color}. */
  static final class ColorWords extends Words {
    ColorWords() {
      super("auto", "always", "never");
    }
  }

  /** {@code merge --format}. */
  static final class MergeFormats extends Words {
    MergeFormats() {
      super("yaml", "json");
    }
  }

  /** {@code report --format}. */
  static final class ReportFormats extends Words {
    ReportFormats() {
      super("text", "json", "html", "xlsx");
    }
  }

  /** {@code basis --format}. */
  static final class BasisFormats extends Words {
    BasisFormats() {
      super("text", "json");
    }
  }

  /** {@code export xlsx --channels}. */
  static final class ChannelStyles extends Words {
    ChannelStyles() {
      super("checklist", "list");
    }
  }
}
