package vn.dangbo.portal.program.support;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese collation for names in drill-downs ("Ấp 3" before "Khu vực 2"). */
public final class Names {

    private Names() {
    }

    /** A comparator of names in Vietnamese order; null names last. */
    public static Comparator<String> vietnamese() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        return Comparator.nullsLast(collator::compare);
    }
}
