package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
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
}
