package org.gkml.load;

import org.gkml.model.Rule;

/**
 * A problem found while reading a file, before its document exists: the rule, where, and a message
 * key of {@code Messages.properties} with its arguments.
 */
record Problem(Rule rule, int line, int column, String messageKey, Object... args) {}
