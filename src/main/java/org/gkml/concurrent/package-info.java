/** Work on threads of its own, beside the parallel streams of loading and checking. */
package org.gkml.concurrent;
