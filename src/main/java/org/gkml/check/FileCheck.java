package org.gkml.check;

import org.gkml.load.LoadedFile;

/**
 * A check of one file on its own; runs in parallel over the files of a tree, possibly as soon as
 * each is read: the context's tree may then hold only the root and the config, nothing else.
 */
public interface FileCheck {
  void check(LoadedFile file, CheckContext context, FindingSink sink);
}
