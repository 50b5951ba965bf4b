package org.gkml.model;

/** A document of a catalogue tree: a basic catalogue, an overlay, or the config. */
public sealed interface Document permits Catalog, Overlay, Config {}
