/** {@code gkml fmt}: the canonical layout of catalogue YAML files. */
package org.gkml.fmt;
