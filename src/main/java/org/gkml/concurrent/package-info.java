/**
 * Work on threads of its own, beside the parallel streams of loading and checking, and what the
 * workers of a build share: {@link org.gkml.concurrent.SizeBoundedCache}, the one size-bounded
 * least-recently-used cache.
 */
package org.gkml.concurrent;
