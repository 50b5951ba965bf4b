/**
 * Files: names derived from catalogue content made safe for every file system, outputs written
 * atomically (a temporary file and a rename), and why a file could not be written or read, in the
 * user's language.
 */
package org.gkml.io;
