package vn.dangbo.portal.plugin.haiphong.internal;

import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.program.support.SourceText;

/** Which program the Hải Phòng plugin implements, with its source text as published. */
public final class HaiPhongIdentity {

    public static final String CODE = "hai-phong";
    static final String SOURCE_RESOURCE = "003_7d89288a0d4ef146.txt";

    private HaiPhongIdentity() {
    }

    /** The source gives no date for the project and conclusion: the document date is left empty. */
    public static ProgramIdentity create() {
        return new ProgramIdentity(CODE, CODE,
                LocalizedText.of("Thành ủy Hải Phòng", "Hải Phòng city party committee"),
                LocalizedText.of("Đề án và Kết luận \"Nâng cao chất lượng công tác phát triển đảng viên của Đảng bộ TP. "
                        + "Hải Phòng giai đoạn 2023-2030\"",
                        "Project and conclusion on improving the quality of member development in Hải Phòng, 2023-2030"),
                null, HaiPhongIndicators.FIRST_YEAR, HaiPhongIndicators.LAST_YEAR,
                LocalizedText.of("\"Hải Phòng thông qua Đề án và Kết luận về 'Nâng cao chất lượng công tác phát triển đảng "
                        + "viên của Đảng bộ TP. Hải Phòng giai đoạn 2023-2030'\", bài báo (không ghi ngày)",
                        "News article announcing the project (undated)"),
                SourceText.load(HaiPhongIdentity.class, SOURCE_RESOURCE));
    }
}
