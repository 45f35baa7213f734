package vn.dangbo.portal.core.upload;

/**
 * Names what an upload evidently is from its first bytes, for refusals that say more than "wrong
 * format": a PNG named .jar, a PDF named .xlsx, a text file where a zip belongs.
 */
public final class ContentSniffer {

    private ContentSniffer() {
    }

    /** ": it is a PNG image", ": it looks like text", or "" when nothing is recognised. */
    public static String describe(byte[] head) {
        if (head.length == 0) {
            return ": it is empty";
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return ": it is a PNG image";
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return ": it is a JPEG image";
        }
        if (startsWith(head, new byte[] {'%', 'P', 'D', 'F'})) {
            return ": it is a PDF document";
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return ": it is an old Office (OLE2) file, e.g. .xls; save it as .xlsx";
        }
        if (startsWith(head, new byte[] {0x1F, (byte) 0x8B})) {
            return ": it is a gzip file";
        }
        if (isBinary(head)) {
            return ": it is a binary file of another kind";
        }
        return ": it looks like text";
    }

    /** Whether the bytes hold a NUL or other control characters that no CSV text holds. */
    public static boolean isBinary(byte[] head) {
        int n = Math.min(head.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
