/**
 * {@code gkml build}: every region of a tree published into one folder (pages, workbooks, Word
 * documents, YAML, the province index and the build report), staged and replaced whole.
 */
package org.gkml.publish;
