package vn.dangbo.portal.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as the portal stores and compares it: NFC for display, a search key for
 * diacritic-insensitive matching ("nguyen van an" finds "Nguyễn Văn An") and a sort key that puts
 * names in Vietnamese alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
 * tones as a secondary difference: none, huyền, hỏi, ngã, sắc, nặng, as in Unicode CLDR).
 *
 * <p>The sort key uses only the characters 0-9 and a-z: databases order such strings the same way
 * under every collation (C, en_US, H2's default), so {@code ORDER BY sort_key} is correct on H2 and
 * PostgreSQL alike without a database-specific collation.
 */
public final class VietnameseText {

    /** Base letters in Vietnamese order; f, j, w, z (foreign letters) placed where Latin puts them. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String SYMBOLS = "0123456789abcdefghijklmnopqrstuvwxyz";
    /** Primary codes start at "10": every code is above the separator '0' that ends the primary part. */
    private static final int FIRST_CODE = 36;
    private static final int WORD_BREAK = FIRST_CODE;
    private static final int FIRST_DIGIT = FIRST_CODE + 1;
    private static final int FIRST_LETTER = FIRST_DIGIT + DIGITS.length();
    private static final int OTHER = 36 * 36 - 1;

    private static final char BREVE = '\u0306';
    private static final char CIRCUMFLEX = '\u0302';
    private static final char HORN = '\u031B';
    /** Tone marks in secondary order after "no tone" (0). */
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

    private VietnameseText() {
    }

    /** NFC, trimmed, inner whitespace collapsed to one space; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Lower case, without diacritics (đ becomes d), whitespace collapsed: the key search compares. */
    public static String searchKey(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            key.append(c);
        }
        return key.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The key that sorts in Vietnamese alphabetical order, letters first, then tones. */
    public static String sortKey(String text) {
        if (text == null) {
            return null;
        }
        String lower = normalize(text).toLowerCase(Locale.ROOT);
        StringBuilder primary = new StringBuilder(lower.length() * 2);
        StringBuilder secondary = new StringBuilder(lower.length());
        boolean pendingBreak = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = parts.charAt(0);
            if (!Character.isLetterOrDigit(base)) {
                // Spaces and punctuation separate words; runs of them count once.
                pendingBreak = primary.length() > 0;
                continue;
            }
            if (pendingBreak) {
                appendCode(primary, WORD_BREAK);
                secondary.append('0');
                pendingBreak = false;
            }
            char letter = base;
            int tone = 0;
            for (int j = 1; j < parts.length(); j++) {
                char mark = parts.charAt(j);
                int toneIndex = TONES.indexOf(mark);
                if (toneIndex >= 0) {
                    tone = toneIndex + 1;
                } else {
                    letter = withVowelMark(letter, mark);
                }
            }
            appendCode(primary, code(letter));
            secondary.append((char) ('0' + tone));
        }
        return primary.append('0').append(secondary).toString();
    }

    /** Whether a text matches a query ignoring case and diacritics (a substring of the search key). */
    public static boolean matches(String text, String query) {
        return searchKey(text).contains(searchKey(query));
    }

    private static char withVowelMark(char base, char mark) {
        return switch (mark) {
            case BREVE -> base == 'a' ? 'ă' : base;
            case CIRCUMFLEX -> switch (base) {
                case 'a' -> 'â';
                case 'e' -> 'ê';
                case 'o' -> 'ô';
                default -> base;
            };
            case HORN -> switch (base) {
                case 'o' -> 'ơ';
                case 'u' -> 'ư';
                default -> base;
            };
            default -> base;
        };
    }

    private static int code(char letter) {
        int digit = DIGITS.indexOf(letter);
        if (digit >= 0) {
            return FIRST_DIGIT + digit;
        }
        int index = ALPHABET.indexOf(letter);
        return index >= 0 ? FIRST_LETTER + index : OTHER;
    }

    private static void appendCode(StringBuilder key, int code) {
        key.append(SYMBOLS.charAt(code / 36)).append(SYMBOLS.charAt(code % 36));
    }
}
