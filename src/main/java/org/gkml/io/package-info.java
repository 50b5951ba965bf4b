/**
 * Files: names derived from catalogue content made safe for every file system, and outputs written
 * atomically (a temporary file and a rename).
 */
package org.gkml.io;
