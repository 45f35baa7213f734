package vn.dangbo.portal.plugin.dongthap.internal;

import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.page.PageSection;

/** The Đồng Tháp page's own section: the Cao Lãnh figures the population and plan targets come from. */
public final class DongThapSections {

    private DongThapSections() {
    }

    public static List<PageSection> create() {
        return List.of(new PageSection.Figures(
                LocalizedText.of("Đảng bộ huyện Cao Lãnh (nguồn của chỉ tiêu dân số và kế hoạch)",
                        "Cao Lãnh district (source of the population and plan targets)"),
                List.of(new PageSection.Figure(LocalizedText.of("Kết nạp nhiệm kỳ trước", "Admitted in the previous term"),
                                "1.797 (99,28 % chỉ tiêu)"),
                        new PageSection.Figure(LocalizedText.of("Tỷ lệ đảng viên so với dân số khi đó",
                                "Members per population then"), "1,82 %"),
                        new PageSection.Figure(LocalizedText.of("Chỉ tiêu đến năm 2015", "Target for 2015"), "2,2 %"))));
    }
}
