package vn.dangbo.portal.plugin.khanhhoa.internal;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.program.support.SourceText;

/** Which program the Khánh Hòa plugin implements, with its source text as published. */
public final class KhanhHoaIdentity {

    public static final String CODE = "khanh-hoa";
    static final String SOURCE_RESOURCE = "004_a2f9adcd6f97331e.txt";

    private KhanhHoaIdentity() {
    }

    public static ProgramIdentity create() {
        return new ProgramIdentity(CODE, CODE,
                LocalizedText.of("Ban Thường vụ Tỉnh ủy Khánh Hòa", "Standing committee of the Khánh Hòa provincial party committee"),
                LocalizedText.of("Chỉ thị về công tác phát triển đảng viên, giai đoạn 2021 - 2025",
                        "Directive on member development, 2021-2025"),
                LocalDate.of(2021, 1, 22), KhanhHoaIndicators.FIRST_YEAR, KhanhHoaIndicators.LAST_YEAR,
                LocalizedText.of("\"Ban Thường vụ Tỉnh ủy Khánh Hòa: Chỉ thị về công tác phát triển đảng viên, giai đoạn "
                        + "2021 - 2025\", bài báo ngày 22/01/2021", "News article of 22/01/2021 publishing the directive"),
                SourceText.load(KhanhHoaIdentity.class, SOURCE_RESOURCE));
    }
}
