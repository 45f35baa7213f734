package vn.dangbo.portal.api.program;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * Which action program a plugin implements and where it comes from.
 *
 * @param code          the program's code, also the plugin's module code ({@code can-tho})
 * @param provinceCode  the province whose territory it counts
 * @param issuingBody   who issued it (Ban Chấp hành Đảng bộ thành phố Cần Thơ...)
 * @param document      the document (Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW...)
 * @param documentDate  date of the document or of its publication
 * @param firstYear     first year of the program's period
 * @param lastYear      last year of the program's period
 * @param source        the published source text (title, publisher, date)
 * @param sourceText    the source text itself, as published, so the portal can show it offline
 */
public record ProgramIdentity(String code, String provinceCode, LocalizedText issuingBody, LocalizedText document,
        LocalDate documentDate, int firstYear, int lastYear, LocalizedText source, String sourceText) {

    public ProgramIdentity {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(document, "document");
    }
}
