package vn.dangbo.portal.api.model;

/** Administrative areas. Districts existed until 30/6/2025; communes and wards were merged then too. */
public enum AreaKind {
    PROVINCE(false),
    DISTRICT(false),
    /** Xã. */
    COMMUNE(false),
    /** Phường (and thị trấn before 2025). */
    WARD(false),
    /** Ấp (southern provinces). */
    HAMLET(true),
    /** Khóm (urban hamlet in the south). */
    URBAN_HAMLET(true),
    /** Khu vực (urban area of Cần Thơ). */
    URBAN_AREA(true),
    /** Thôn (village). */
    VILLAGE(true),
    /** Tổ dân phố (street group). */
    STREET_GROUP(true);

    private final boolean residential;

    AreaKind(boolean residential) {
        this.residential = residential;
    }

    /** The smallest areas, each with a head (trưởng ấp, trưởng thôn, tổ trưởng tổ dân phố...). */
    public boolean isResidential() {
        return residential;
    }
}
