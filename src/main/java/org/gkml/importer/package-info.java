/**
 * Reading published tables (Excel, Word, HTML) back into catalogue YAML. Every file format is read
 * into the one table model ({@link org.gkml.importer.TableGrid}) and interpreted once ({@link
 * org.gkml.importer.TableLayout}, {@link org.gkml.importer.TableReader}); a new import reader is a
 * class producing {@code TableGrid}s, chosen by file type in {@link
 * org.gkml.importer.WorkbookReader#read}.
 */
package org.gkml.importer;
