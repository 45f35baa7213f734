package vn.dangbo.portal.plugin.dongthap.internal;

import java.time.LocalDate;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.program.support.SourceText;

/**
 * Which program the Đồng Tháp plugin implements. It rests on two published texts: the provincial
 * committee's conclusion on Resolution 03 (29/11/2021) and an article on the Cao Lãnh district's member
 * development (term 2010-2015), which gives the population-ratio target and the plan-achievement figure.
 * The source text is both, as published, one after the other.
 */
public final class DongThapIdentity {

    public static final String CODE = "dong-thap";
    static final String CONCLUSION_RESOURCE = "001_ed30f4102ea57085.txt";
    static final String CAO_LANH_RESOURCE = "002_b911a439d1e1e1b0.txt";
    static final String SEPARATOR = "\n\n-----\n\n";

    private DongThapIdentity() {
    }

    public static ProgramIdentity create() {
        return new ProgramIdentity(CODE, CODE,
                LocalizedText.of("Ban Chấp hành Đảng bộ tỉnh Đồng Tháp", "Executive Committee of the Đồng Tháp provincial party organisation"),
                LocalizedText.of("Kết luận về tiếp tục thực hiện Nghị quyết số 03 của Tỉnh ủy (khóa X) về nâng cao chất "
                        + "lượng hoạt động đảng bộ xã, phường, thị trấn; cùng chỉ tiêu phát triển đảng viên của Đảng bộ "
                        + "huyện Cao Lãnh",
                        "Conclusion on continuing Resolution 03 of the provincial committee on commune and ward "
                                + "committees; with the Cao Lãnh district member-development targets"),
                LocalDate.of(2021, 11, 29), DongThapIndicators.FIRST_YEAR, DongThapIndicators.LAST_YEAR,
                LocalizedText.of("Báo Đồng Tháp, \"Tiếp tục lãnh đạo nâng cao chất lượng sinh hoạt cấp ủy và chất lượng "
                        + "đảng viên\", 29/11/2021; \"Phát triển đảng viên ở Đảng bộ huyện Cao Lãnh, Đồng Tháp\"",
                        "Báo Đồng Tháp, 29/11/2021; article on member development in Cao Lãnh district"),
                SourceText.load(DongThapIdentity.class, CONCLUSION_RESOURCE) + SEPARATOR
                        + SourceText.load(DongThapIdentity.class, CAO_LANH_RESOURCE));
    }
}
