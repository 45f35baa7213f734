package vn.dangbo.portal.core.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Inspects the bytes of an uploaded zip archive before anything else opens it: that it is a zip
 * at all (not a PNG or a text file under a zip's name), that every entry can be read to its end
 * (no truncated or corrupt archive), that no entry name escapes the archive ({@code ../},
 * absolute paths, drive letters, backslashes), and that it does not expand beyond the limits (zip
 * bombs). The sizes are counted while inflating, so an archive that lies about its sizes is held
 * to what it really holds; inflating stops at the first limit passed. Writes nothing anywhere.
 */
public final class ZipArchiveCheck {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final long RATIO_GRACE_BYTES = 64 * 1024;

    private final ArchiveLimits limits;
    private final String what;

    /** @param what how the problems name the archive, e.g. "The jar" or "Tệp XLSX" */
    public ZipArchiveCheck(ArchiveLimits limits, String what) {
        this.limits = limits;
        this.what = what;
    }

    /**
     * Adds a problem for each thing wrong with the archive as read front to back (its local
     * headers, as a streaming reader like POI's sees it); returns whether it passed.
     */
    public boolean inspect(byte[] archive, List<String> problems) {
        return inspect(archive, null, problems);
    }

    /**
     * As {@link #inspect(byte[], List)}, and also the archive's central directory (what JarFile and
     * the OSGi framework read) in {@code copyOnDisk}, a file holding the same bytes: it must name
     * exactly the entries the local headers hold, and claim no more than the limits. An archive
     * that shows one thing to a streaming reader and another to a random-access reader is refused.
     */
    public boolean inspect(byte[] archive, Path copyOnDisk, List<String> problems) {
        int before = problems.size();
        if (!startsWithZipMagic(archive)) {
            problems.add(what + " is not a zip archive" + ContentSniffer.describe(archive));
            return false;
        }
        Set<String> names = new HashSet<>();
        int entries = 0;
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        // Commons Compress (POI's own zip reader) rather than java.util.zip.ZipInputStream: it reads
        // what POI and the JDK accept, e.g. stored entries with a data descriptor, which POI writes.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(archive),
                StandardCharsets.UTF_8.name(), true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxEntries()) {
                    problems.add(what + " has more than " + limits.maxEntries() + " entries");
                    break;
                }
                String name = entry.getName();
                String unsafe = unsafeName(name);
                if (unsafe != null) {
                    problems.add(what + " has an entry whose name " + unsafe + ": '" + printable(name) + "'");
                }
                if (!names.add(name)) {
                    problems.add(what + " has the entry '" + printable(name) + "' twice");
                }
                long size = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    expanded += read;
                    if (expanded > limits.maxExpandedBytes()) {
                        problems.add(what + " expands to more than " + limits.maxExpandedBytes() / (1024 * 1024)
                                + " MB (stopped inflating at the entry '" + printable(name) + "')");
                        return false;
                    }
                }
                // As read from the archive, not as its headers claim.
                long compressed = zip.getCompressedCount();
                if (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > limits.maxRatio()) {
                    problems.add(what + " looks like a zip bomb: the entry '" + printable(name) + "' expands "
                            + size / compressed + " times (at most " + limits.maxRatio() + ")");
                    return false;
                }
            }
        } catch (UnsupportedZipFeatureException e) {
            problems.add(what + " uses a zip feature that is not accepted: " + e.getMessage());
        } catch (IOException e) {
            problems.add(what + " is a damaged or truncated zip archive: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // ZipInputStream refuses entry names that are not valid in the archive's encoding.
            problems.add(what + " has an entry with an unreadable name: " + e.getMessage());
        }
        if (entries == 0 && problems.size() == before) {
            problems.add(what + " is an empty zip archive");
        }
        if (copyOnDisk != null && problems.size() == before) {
            centralDirectory(copyOnDisk, names, problems);
        }
        return problems.size() == before;
    }

    private void centralDirectory(Path file, Set<String> localNames, List<String> problems) {
        Set<String> central = new HashSet<>();
        long claimed = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String unsafe = unsafeName(entry.getName());
                if (unsafe != null) {
                    problems.add(what + " has an entry whose name " + unsafe + ": '" + printable(entry.getName())
                            + "'");
                }
                if (!central.add(entry.getName()) || central.size() > limits.maxEntries()) {
                    problems.add(what + "'s central directory repeats entries or has too many");
                    return;
                }
                claimed += Math.max(0, entry.getSize());
            }
        } catch (IOException e) {
            problems.add(what + " has a damaged central directory: " + e.getMessage());
            return;
        }
        if (!central.equals(localNames)) {
            problems.add(what + "'s central directory does not list the entries the archive holds");
        } else if (claimed > limits.maxExpandedBytes()) {
            problems.add(what + "'s central directory claims more than " + limits.maxExpandedBytes() / (1024 * 1024)
                    + " MB");
        }
    }

    /** Why the name is unsafe to extract anywhere, or null when it is not. */
    static String unsafeName(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        if (name.startsWith("/")) {
            return "is an absolute path";
        }
        if (name.length() >= 2 && name.charAt(1) == ':') {
            return "starts with a drive letter";
        }
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return "climbs out of the archive with '..'";
            }
        }
        return null;
    }

    private static boolean startsWithZipMagic(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> out.append(c < 0x20 ? '?' : Character.toString(c)));
        return out.toString();
    }
}
