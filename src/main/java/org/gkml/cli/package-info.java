/**
 * The command line: picocli commands, options and mixins, and where output goes (stdout, files,
 * terminals). A command reads its options and calls a service of {@link org.gkml.app}; the packages
 * below never import picocli.
 */
package org.gkml.cli;
