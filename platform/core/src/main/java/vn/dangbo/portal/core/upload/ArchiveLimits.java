package vn.dangbo.portal.core.upload;

/**
 * How large an uploaded zip archive (a plugin jar, an XLSX workbook) may be once expanded.
 *
 * @param maxEntries        entries in the archive
 * @param maxExpandedBytes  all entries together, as actually inflated (not as the archive claims)
 * @param maxRatio          expanded size over compressed size, per entry (a zip bomb inflates by
 *                          thousands; real jars and workbooks by less than 20). Entries smaller than
 *                          64 KiB expanded are not held to it (tiny files compress oddly).
 */
public record ArchiveLimits(int maxEntries, long maxExpandedBytes, int maxRatio) {

    /** Plugin jars: classes and a few resources. */
    public static final ArchiveLimits PLUGIN_JAR = new ArchiveLimits(5_000, 64L * 1024 * 1024, 100);

    /** XLSX workbooks of a people import: a sheet of 100,000 rows expands to about 100 MB of XML. */
    public static final ArchiveLimits XLSX = new ArchiveLimits(1_000, 512L * 1024 * 1024, 100);
}
