/**
 * Resolution: a region's effective catalogues from the basic catalogues and the overlays on its
 * chain, the rules that only resolution can check (no weakening, stale references), provenance for
 * {@code explain}, and the YAML/JSON of {@code merge}.
 */
package org.gkml.resolve;
