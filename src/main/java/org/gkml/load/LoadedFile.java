package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gkml.model.Document;
import org.gkml.model.Finding;
import org.gkml.model.SourceFile;

/**
 * The outcome of reading one file: its document when it read cleanly (null otherwise), the located
 * tree for rules that look at raw values, what went wrong, and its suppressions. {@code unreadable}
 * marks a file that could not be parsed at all (exit code 2 for {@code validate}).
 */
public record LoadedFile(
    SourceFile file,
    Document document,
    JsonNode tree,
    boolean unreadable,
    List<Finding> findings,
    Suppressions suppressions) {

  public LoadedFile {
    findings = List.copyOf(findings);
  }

  /**
   * This file with {@code more} findings, e.g. those of checks run on it as soon as it was read.
   */
  public LoadedFile withFindings(List<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    return new LoadedFile(file, document, tree, unreadable, all, suppressions);
  }

  /**
   * This file without its located tree, when it has a document and was read to be released (its
   * positions are then found from its bytes again if ever asked for). Files without a document keep
   * their tree: later stages look at what they contain.
   */
  public LoadedFile withoutTree() {
    if (document == null
        || tree == null
        || !(file.locator() instanceof TreeLocator locator)
        || !locator.release()) {
      return this;
    }
    return new LoadedFile(file, document, null, unreadable, findings, suppressions);
  }
}
