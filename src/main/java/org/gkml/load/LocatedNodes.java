package org.gkml.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;

/**
 * Jackson nodes that carry their source position, so the schema validator works on the same tree
 * that findings are located in: one parse per file, no side table. Positions are plain int fields
 * and collections use compact storage: whole trees stay in memory while a command runs.
 */
@SuppressWarnings({"serial", "EqualsHashCode"})
final class LocatedNodes {
  private LocatedNodes() {}

  static final class Text extends TextNode implements Located {
    private final int line;
    private final int column;
    private int keyLine;
    private int keyColumn;

    Text(String value, int line, int column) {
      super(value);
      this.line = line;
      this.column = column;
      this.keyLine = line;
      this.keyColumn = column;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }

    @Override
    public int keyLine() {
      return keyLine;
    }

    @Override
    public int keyColumn() {
      return keyColumn;
    }

    @Override
    public void keyAt(int line, int column) {
      this.keyLine = line;
      this.keyColumn = column;
    }
  }

  static final class Int extends IntNode implements Located {
    private final int line;
    private final int column;
    private int keyLine;
    private int keyColumn;

    Int(int value, int line, int column) {
      super(value);
      this.line = line;
      this.column = column;
      this.keyLine = line;
      this.keyColumn = column;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }

    @Override
    public int keyLine() {
      return keyLine;
    }

    @Override
    public int keyColumn() {
      return keyColumn;
    }

    @Override
    public void keyAt(int line, int column) {
      this.keyLine = line;
      this.keyColumn = column;
    }
  }

  static final class Flag extends BooleanNode implements Located {
    private final int line;
    private final int column;
    private int keyLine;
    private int keyColumn;

    Flag(boolean value, int line, int column) {
      super(value);
      this.line = line;
      this.column = column;
      this.keyLine = line;
      this.keyColumn = column;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }

    @Override
    public int keyLine() {
      return keyLine;
    }

    @Override
    public int keyColumn() {
      return keyColumn;
    }

    @Override
    public void keyAt(int line, int column) {
      this.keyLine = line;
      this.keyColumn = column;
    }
  }

  static final class Mapping extends ObjectNode implements Located {
    private final int line;
    private final int column;
    private int keyLine;
    private int keyColumn;
    private boolean tidyTexts;

    Mapping(int line, int column) {
      super(JsonNodeFactory.instance, new Members());
      this.line = line;
      this.column = column;
      this.keyLine = line;
      this.keyColumn = column;
    }

    /** Drops spare capacity once the mapping is complete. */
    void trim() {
      ((Members) _children).trim();
    }

    /** Adds a member unless its key is taken; false when it is. */
    boolean addIfAbsent(String key, JsonNode value) {
      return ((Members) _children).addIfAbsent(key, value);
    }

    /** For a document's root: whether the builder saw only tidy texts (see TextTraits). */
    boolean tidyTexts() {
      return tidyTexts;
    }

    void tidyTexts(boolean tidy) {
      this.tidyTexts = tidy;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }

    @Override
    public int keyLine() {
      return keyLine;
    }

    @Override
    public int keyColumn() {
      return keyColumn;
    }

    @Override
    public void keyAt(int line, int column) {
      this.keyLine = line;
      this.keyColumn = column;
    }
  }

  static final class Sequence extends ArrayNode implements Located {
    private final transient ArrayList<JsonNode> elements;
    private final int line;
    private final int column;
    private int keyLine;
    private int keyColumn;

    Sequence(int line, int column) {
      this(new ArrayList<>(4), line, column);
    }

    private Sequence(ArrayList<JsonNode> elements, int line, int column) {
      super(JsonNodeFactory.instance, elements);
      this.elements = elements;
      this.line = line;
      this.column = column;
      this.keyLine = line;
      this.keyColumn = column;
    }

    /** Drops spare capacity once the sequence is complete. */
    void trim() {
      elements.trimToSize();
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }

    @Override
    public int keyLine() {
      return keyLine;
    }

    @Override
    public int keyColumn() {
      return keyColumn;
    }

    @Override
    public void keyAt(int line, int column) {
      this.keyLine = line;
      this.keyColumn = column;
    }
  }
}
