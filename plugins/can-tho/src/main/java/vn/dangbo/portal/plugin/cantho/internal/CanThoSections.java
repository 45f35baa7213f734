package vn.dangbo.portal.plugin.cantho.internal;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.page.PageSection;

/** The Cần Thơ page's own section: how many admissions a private-unit branch owes, by its workers. */
public final class CanThoSections {

    private static final int[] EXAMPLES = {10, 49, 50, 79, 80, 109, 110, 200};

    private CanThoSections() {
    }

    public static List<PageSection> create(CanThoSettings.RequiredStep step) {
        List<List<Object>> rows = new ArrayList<>();
        for (int workers : EXAMPLES) {
            rows.add(List.of(workers, RequiredAdmissions.required(workers, step)));
        }
        return List.of(new PageSection.Table(
                LocalizedText.of("Số đảng viên chi bộ đơn vị kinh tế tư nhân phải kết nạp mỗi năm",
                        "Admissions a private-unit branch owes each year"),
                List.of(LocalizedText.of("Lao động làm việc ổn định", "Stable workers"),
                        LocalizedText.of("Phải kết nạp", "Required admissions")),
                rows));
    }
}
