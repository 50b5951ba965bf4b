/**
 * The province's overview ({@code gkml report}) and the index of cited laws ({@code gkml basis}):
 * views over a whole resolved tree for the people who supervise the catalogues.
 */
package org.gkml.oversight;
