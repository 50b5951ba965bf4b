package org.gkml.model;

/** A yes/no answer that gkml may be unable to give. */
public enum Answer {
  YES,
  NO,
  UNKNOWN
}
