/**
 * Where the two versions {@code gkml diff} compares come from: a folder on disk ({@link
 * org.gkml.diff.source.DirectorySnapshot}) or a git revision read from blobs with JGit ({@link
 * org.gkml.diff.source.GitRepository}, {@link org.gkml.diff.source.GitSnapshot}), both seen as a
 * {@link org.gkml.diff.source.Snapshot}, and their documents parsed on demand ({@link
 * org.gkml.diff.source.SnapshotDocuments}). Reading is bounded like every input; nothing here
 * compares anything.
 */
package org.gkml.diff.source;
