package vn.dangbo.portal.plugin.khanhhoa.internal;

import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.page.PageSection;

/** The Khánh Hòa page's own section: the previous term (2015-2020), the bar the directive sets. */
public final class KhanhHoaSections {

    private KhanhHoaSections() {
    }

    public static List<PageSection> create() {
        return List.of(new PageSection.Figures(
                LocalizedText.of("Nhiệm kỳ 2015-2020 (mức phải đạt và vượt)", "The 2015-2020 term (the bar to reach)"),
                List.of(new PageSection.Figure(LocalizedText.of("Kết nạp cả nhiệm kỳ", "Admitted in the term"), "9.351"),
                        new PageSection.Figure(LocalizedText.of("Tổng số đảng viên", "Members in all"), "44.216"),
                        new PageSection.Figure(LocalizedText.of("Bình quân kết nạp mỗi năm", "Admissions a year"), "1.870"),
                        new PageSection.Figure(LocalizedText.of("Đảng viên mới trong độ tuổi thanh niên",
                                "New members of youth age"), "60,44 %"),
                        new PageSection.Figure(LocalizedText.of("Thôn, tổ dân phố có chi bộ độc lập",
                                "Villages and street groups with their own branch"), "100 %"))));
    }
}
