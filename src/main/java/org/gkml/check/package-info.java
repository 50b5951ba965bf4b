/**
 * Validation: the per-file and whole-tree checks that turn a loaded tree into {@link
 * org.gkml.model.Finding}s, with the tree's severity overrides and suppressions applied. A new rule
 * is a {@link org.gkml.check.FileCheck} or {@link org.gkml.check.TreeCheck} registered in {@link
 * org.gkml.check.Checker}.
 */
package org.gkml.check;
