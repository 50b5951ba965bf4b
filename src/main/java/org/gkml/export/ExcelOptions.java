package org.gkml.export;

import java.util.Objects;

/**
 * How the Excel export prints a catalogue, built once from the command's flags.
 *
 * @param channels how the 公开渠道和载体 column is printed
 */
public record ExcelOptions(ChannelStyle channels) {

  /** The two ways the channel column is printed. */
  public enum ChannelStyle {
    /** The official ■/□ checklist of the vocabulary in its printed order. */
    CHECKLIST,
    /** Only the item's channels, one a line. */
    LIST
  }

  public ExcelOptions {
    Objects.requireNonNull(channels, "channels");
  }

  public static ExcelOptions defaults() {
    return new ExcelOptions(ChannelStyle.CHECKLIST);
  }

  public ExcelOptions withChannels(ChannelStyle style) {
    return new ExcelOptions(style);
  }
}
