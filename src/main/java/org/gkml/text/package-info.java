/**
 * Text made safe for where it is shown (terminal quoting of control and bidi characters, and JSON
 * escaping of the same characters), and text folded for comparing what people wrote (width,
 * traditional script, glosses).
 */
package org.gkml.text;
