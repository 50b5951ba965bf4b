package org.gkml.check;

/** A check that needs the whole tree (uniqueness across files, resolution of overlays). */
public interface TreeCheck {
  void check(CheckContext context, FindingSink sink);
}
