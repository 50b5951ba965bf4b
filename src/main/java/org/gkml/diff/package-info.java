/**
 * Comparing two catalogue versions: pairing items, classifying every change (breaking, changed,
 * additive) and its impact on the regions below. The versions come from {@link
 * org.gkml.diff.source}; the reports of {@code gkml diff} are in {@link org.gkml.diff.render}.
 */
package org.gkml.diff;
