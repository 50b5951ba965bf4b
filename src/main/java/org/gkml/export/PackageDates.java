package org.gkml.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The dates inside an Office package (xlsx, docx), all from the one date the tables print, so that
 * the same catalogue published with the same date (SOURCE_DATE_EPOCH) is the same file, byte for
 * byte.
 */
public final class PackageDates {
  private PackageDates() {}

  /** The package's creation date (docProps/core.xml): the start of the printed date, UTC. */
  public static Date created(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * The modification time of every zip entry, for {@code ZipArchiveEntry.setTime}: zip stores a
   * local date and time, which commons-compress converts with the default zone; this is the start
   * of the printed date in that zone, so the stored fields are the same wherever it runs.
   */
  public static long zipEntryTime(LocalDate date) {
    LocalDate dosFloor = LocalDate.of(1980, 1, 1); // the earliest time a zip entry can hold
    LocalDate d = date.isBefore(dosFloor) ? dosFloor : date;
    return d.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
  }

  /** The subject property of a published table. */
  static String subject(PublishedCatalog p) {
    String tier = p.tier() == null ? "全部层级" : p.tier().word();
    return "基层政务公开标准目录（" + (p.isBasic() ? "基础目录" : p.regionName()) + "，" + tier + "）";
  }
}
