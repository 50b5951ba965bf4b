/**
 * The reports of a {@link org.gkml.diff.DiffResult}, one class per {@link
 * org.gkml.diff.render.DiffFormat} (text, JSON, Markdown, HTML, the 修订对照表 workbook), entered
 * through {@link org.gkml.diff.render.DiffReporter}. How each kind of change shows its values is
 * decided in {@link org.gkml.diff.render.ValueCells}; nothing here decides what changed or how much
 * it matters.
 */
package org.gkml.diff.render;
