/**
 * Reading a catalogue root (FORMAT.md §3) into a {@link org.gkml.model.CatalogTree}: YAML files,
 * {@code gkml.yaml} and {@code regions.csv}, with bounded input, schema findings and positions for
 * every value. The first stage of every command that reads a tree.
 */
package org.gkml.load;
