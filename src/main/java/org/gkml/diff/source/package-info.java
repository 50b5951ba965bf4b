/**
 * Where the two versions {@code gkml diff} compares come from: folders and files on disk, or git
 * revisions read straight from the repository, each seen as a {@link org.gkml.diff.source.Snapshot}
 * of catalogue documents.
 */
package org.gkml.diff.source;
