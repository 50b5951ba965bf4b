package org.gkml.check;

import org.gkml.load.LoadedFile;

/** A check of one file on its own; runs in parallel over the files of a tree. */
public interface FileCheck {
  void check(LoadedFile file, CheckContext context, FindingSink sink);
}
