/**
 * 公开时限 (disclosure deadlines): parsing the wordings of published tables into {@link
 * org.gkml.model.deadline.Deadline}s and comparing them, which the no-weakening rules of resolution
 * and the diff's classification rely on. The rules are documented on {@link
 * org.gkml.model.deadline.Deadline}.
 */
package org.gkml.model.deadline;
