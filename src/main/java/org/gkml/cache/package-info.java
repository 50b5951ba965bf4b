/**
 * The whole-tree validation cache (CLI.md 1.1, "Checking in CI and while editing"): what a
 * whole-tree {@code validate} found, kept under a key made of everything its findings depend on, so
 * an unchanged tree is answered without being checked again.
 */
package org.gkml.cache;
