package vn.dangbo.portal.api.indicator;

import vn.dangbo.portal.api.model.LocalizedText;

/** The judgement of a figure against its target. */
public enum Status {
    MET(LocalizedText.of("Đạt", "Met")),
    NOT_MET(LocalizedText.of("Chưa đạt", "Not met")),
    NOT_ENOUGH_DATA(LocalizedText.of("Không đủ dữ liệu", "Not enough data")),
    /** A figure without a target. */
    TRACKED(LocalizedText.of("Theo dõi", "Tracked"));

    private final LocalizedText label;

    Status(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
