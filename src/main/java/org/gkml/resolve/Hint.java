package org.gkml.resolve;

import org.gkml.i18n.Messages;

/**
 * An optional last part of a finding's message, rendered in the user's language when the finding is
 * reported (e.g. {@code ; it was removed by 511703 at ...}). {@link #NONE} renders as nothing.
 */
record Hint(String key, Object... args) {
  static final Hint NONE = new Hint("");

  String render(Messages messages) {
    return key.isEmpty() ? "" : messages.get(key, args);
  }

  /** The arguments of a message with every hint rendered. */
  static Object[] render(Object[] args, Messages messages) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Hint h) {
        out[i] = h.render(messages);
      }
    }
    return out;
  }
}
