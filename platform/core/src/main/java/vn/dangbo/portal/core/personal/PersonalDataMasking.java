package vn.dangbo.portal.core.personal;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Masks the sensitive parts of a person's data (national ID, date of birth, religion) for those who
 * may not see them, and scrubs them from text bound for logs and error messages. Masked values keep
 * their shape (so a page still shows that a value exists) but nothing that identifies the person:
 * a national ID keeps its last three digits, like a bank card.
 */
public final class PersonalDataMasking {

    public static final String MASKED_DATE = "**/**/****";
    public static final String MASKED_TEXT = "***";
    private static final int KEEP_DIGITS = 3;

    /** 9-digit identity cards (CMND) and 12-digit citizen identity cards (CCCD), standing alone. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![0-9])(?:[0-9]{12}|[0-9]{9})(?![0-9])");
    /** Dates as people write them (31/12/1985, 31-12-1985) and ISO dates (1985-12-31). */
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])");

    private PersonalDataMasking() {
    }

    public static String nationalId(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        int keep = id.length() > KEEP_DIGITS * 2 ? KEEP_DIGITS : 0;
        return "*".repeat(id.length() - keep) + id.substring(id.length() - keep);
    }

    public static String dateOfBirth(LocalDate date) {
        return date == null ? null : MASKED_DATE;
    }

    public static String religion(String religion) {
        return religion == null ? null : MASKED_TEXT;
    }

    /**
     * The text with every national ID and date masked: use it on anything about people that goes
     * into a log line or an error message.
     */
    public static String forLog(String text) {
        if (text == null) {
            return null;
        }
        String masked = NATIONAL_ID.matcher(text).replaceAll(m -> nationalId(m.group()));
        return DATE.matcher(masked).replaceAll(MASKED_DATE);
    }
}
