/**
 * Comparing two catalogue versions (files, folders or git revisions): classified changes, their
 * impact on regions, and the reports of {@code gkml diff} (text, Markdown, HTML, JSON, Excel).
 */
package org.gkml.diff;
