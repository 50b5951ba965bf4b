/**
 * The domain: catalogue trees and what they hold (config, basic catalogues, overlays, items,
 * policies, regions and tiers), findings and rules, as immutable values. Nothing here reads a file,
 * prints, or knows a command; every other package builds on these types.
 */
package org.gkml.model;
