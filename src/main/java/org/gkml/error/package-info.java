/**
 * How gkml fails: {@link org.gkml.error.GkmlException}, a message key with its arguments, and the
 * exit codes of every command.
 */
package org.gkml.error;
