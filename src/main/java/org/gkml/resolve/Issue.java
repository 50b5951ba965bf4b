package org.gkml.resolve;

import org.gkml.model.Loc;
import org.gkml.model.RegionCode;
import org.gkml.model.Rule;

/**
 * A rule of FORMAT.md §7 an overlay entry breaks, found while applying it: the rule, where, the
 * item it concerns, and the arguments of the rule's message. Error-level issues leave the entry (or
 * the one field edit) unapplied; warnings are applied.
 */
record Issue(Rule rule, Loc loc, RegionCode region, String itemId, Object[] args) {}
