package vn.dangbo.portal.plugin.cantho.internal;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.program.support.SourceText;

/** Which program the Cần Thơ plugin implements, with its source text as published. */
public final class CanThoIdentity {

    public static final String CODE = "can-tho";
    static final String SOURCE_RESOURCE = "000_424221c79ec38951.txt";

    private CanThoIdentity() {
    }

    public static ProgramIdentity create() {
        return new ProgramIdentity(CODE, CODE,
                LocalizedText.of("Ban Chấp hành Đảng bộ thành phố Cần Thơ", "Executive Committee of the Cần Thơ city party organisation"),
                LocalizedText.of("Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 (Hội nghị Trung "
                        + "ương 5, khóa XIII) \"Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất "
                        + "lượng đội ngũ đảng viên trong giai đoạn mới\"",
                        "Action program implementing Resolution 21-NQ/TW of 16/6/2022 on strengthening grassroots "
                                + "party organisations and the quality of members in the new period"),
                LocalDate.of(2023, 2, 14), 2023, 2030,
                LocalizedText.of("\"Tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng "
                        + "viên trong giai đoạn mới\", bài báo ngày 14/02/2023",
                        "News article of 14/02/2023 announcing the program"),
                SourceText.load(CanThoIdentity.class, SOURCE_RESOURCE));
    }
}
