package vn.dangbo.portal.api.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Vietnamese (the portal's default language, full diacritics, NFC) and in English.
 *
 * @param vi Vietnamese text, never null
 * @param en English text; falls back to Vietnamese when null
 */
public record LocalizedText(String vi, String en) {

    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        vi = java.text.Normalizer.normalize(vi, java.text.Normalizer.Form.NFC);
    }

    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /** The text for a locale: English for any English locale, Vietnamese otherwise. */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null) {
            return en;
        }
        return vi;
    }
}
