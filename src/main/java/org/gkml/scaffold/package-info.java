/**
 * Starting and scaffolding a catalogue repository (CLI.md 1.1 "Start and scaffold"): {@code gkml
 * init} and {@code gkml new overlay|catalog}. The application layer below the thin picocli
 * commands: every file it writes passes {@code validate} as it is, and it never overwrites one.
 */
package org.gkml.scaffold;
