/**
 * User-facing text: the message bundles {@code org/gkml/Messages*.properties} (English and Chinese)
 * in the user's language.
 */
package org.gkml.i18n;
