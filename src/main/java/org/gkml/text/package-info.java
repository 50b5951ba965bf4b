/**
 * Text made safe for where it is shown: terminal quoting of control and bidi characters, and JSON
 * escaping of the same characters.
 */
package org.gkml.text;
