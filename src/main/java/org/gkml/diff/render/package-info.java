/**
 * The reports of {@code gkml diff}: a {@link org.gkml.diff.DiffResult} as text, Markdown, HTML,
 * JSON or an Excel 修订对照表. A new diff format is a report here, chosen in {@link
 * org.gkml.diff.render.DiffReporter}.
 */
package org.gkml.diff.render;
