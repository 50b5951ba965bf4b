/**
 * The official table layout written as files: Excel workbooks, Word documents and HTML pages of a
 * basic or a region's effective catalogue. A new export format is an exporter here, fed by the
 * publish service of {@link org.gkml.app}.
 */
package org.gkml.export;
