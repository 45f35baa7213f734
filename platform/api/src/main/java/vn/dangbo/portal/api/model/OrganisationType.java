package vn.dangbo.portal.api.model;

/** Levels of the party hierarchy. */
public enum OrganisationType {
    /** Đảng bộ tỉnh / thành phố. */
    PROVINCIAL_COMMITTEE(false),
    /** Đảng bộ trực thuộc: district committees before 1/7/2025, commune and ward committees, agencies, police, military. */
    DIRECT_COMMITTEE(false),
    /** Đảng bộ cơ sở: a grassroots organisation with branches under it. */
    GRASSROOTS_COMMITTEE(true),
    /** Chi bộ cơ sở: a grassroots organisation that is itself a branch. */
    GRASSROOTS_BRANCH(true),
    /** Đảng bộ bộ phận: a committee between a grassroots committee and its branches. */
    PARTIAL_COMMITTEE(false),
    /** Chi bộ trực thuộc: a branch under a grassroots committee or a partial committee. */
    BRANCH(false);

    private final boolean grassroots;

    OrganisationType(boolean grassroots) {
        this.grassroots = grassroots;
    }

    /** Grassroots organisations (tổ chức cơ sở đảng) are the level rated every year. */
    public boolean isGrassroots() {
        return grassroots;
    }
}
