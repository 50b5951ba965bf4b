package org.gkml.export;

import java.util.Objects;
import java.util.zip.Deflater;

/**
 * How the Excel export prints a catalogue, built once from the command's flags.
 *
 * @param channels how the 公开渠道和载体 column is printed
 * @param compression how hard the workbook file is compressed
 */
public record ExcelOptions(ChannelStyle channels, Compression compression) {

  /** The two ways the channel column is printed. */
  public enum ChannelStyle {
    /** The official ■/□ checklist of the vocabulary in its printed order. */
    CHECKLIST,
    /** Only the item's channels, one a line. */
    LIST
  }

  /** How hard the workbook file (a zip) is compressed. */
  public enum Compression {
    /** zlib's default level: the smallest file, for a single export. */
    SMALL(Deflater.DEFAULT_COMPRESSION),
    /**
     * A fast level, for a build that writes thousands of workbooks: measured on a county tree's
     * workbooks, a fifth less time per workbook for files about 7% larger (docs/benchmarks.md).
     */
    FAST(3);

    final int level;

    Compression(int level) {
      this.level = level;
    }
  }

  public ExcelOptions {
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(compression, "compression");
  }

  /** The channel column printed as given, the file compressed to the smallest. */
  public ExcelOptions(ChannelStyle channels) {
    this(channels, Compression.SMALL);
  }

  public static ExcelOptions defaults() {
    return new ExcelOptions(ChannelStyle.CHECKLIST, Compression.SMALL);
  }

  public ExcelOptions withChannels(ChannelStyle style) {
    return new ExcelOptions(style, compression);
  }

  public ExcelOptions withCompression(Compression c) {
    return new ExcelOptions(channels, c);
  }
}
