package org.gkml.cli;

import org.gkml.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command made of commands only ({@code gkml export}, {@code gkml new}): alone it does nothing
 * but say which of its commands to name. That is said first whatever else is wrong with the words
 * given to it, an option of its commands say ({@code gkml export --region 511703}): the command is
 * what is missing.
 */
interface CommandGroup {
  /** What to name after the group: "name a format: gkml export xlsx|docx|html|filing". */
  String missingSubcommand(CommandSpec spec, Messages messages);
}
