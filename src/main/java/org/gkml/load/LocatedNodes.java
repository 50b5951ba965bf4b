package org.gkml.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Jackson nodes that carry their source position, so the schema validator works on the same tree
 * that findings are located in: one parse per file, no side table.
 */
@SuppressWarnings({"serial", "EqualsHashCode"})
final class LocatedNodes {
  private LocatedNodes() {}

  static final class Text extends TextNode implements Located {
    private final transient Where where;

    Text(String value, Where where) {
      super(value);
      this.where = where;
    }

    @Override
    public Where where() {
      return where;
    }
  }

  static final class Int extends IntNode implements Located {
    private final transient Where where;

    Int(int value, Where where) {
      super(value);
      this.where = where;
    }

    @Override
    public Where where() {
      return where;
    }
  }

  static final class Flag extends BooleanNode implements Located {
    private final transient Where where;

    Flag(boolean value, Where where) {
      super(value);
      this.where = where;
    }

    @Override
    public Where where() {
      return where;
    }
  }

  static final class Mapping extends ObjectNode implements Located {
    private final transient Where where;

    Mapping(Where where) {
      super(JsonNodeFactory.instance);
      this.where = where;
    }

    @Override
    public Where where() {
      return where;
    }
  }

  static final class Sequence extends ArrayNode implements Located {
    private final transient Where where;

    Sequence(Where where) {
      super(JsonNodeFactory.instance);
      this.where = where;
    }

    @Override
    public Where where() {
      return where;
    }
  }
}
