package org.gkml.model.deadline;

/** A yes/no answer that gkml may be unable to give. */
public enum Answer {
  YES,
  NO,
  UNKNOWN
}
