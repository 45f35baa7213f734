package vn.dangbo.portal.api.model;

/** Kinds of economic units and schools tracked for party organisation coverage. */
public enum UnitKind {
    PRIVATE_COMPANY(true),
    /** Hộ kinh doanh: a private economic unit, but not a "doanh nghiệp". */
    HOUSEHOLD_BUSINESS(true),
    PRIVATE_SCHOOL(false),
    STATE_ENTERPRISE(false);

    private final boolean privateEconomic;

    UnitKind(boolean privateEconomic) {
        this.privateEconomic = privateEconomic;
    }

    /** Private economic units (đơn vị kinh tế tư nhân): private companies and household businesses. */
    public boolean isPrivateEconomicUnit() {
        return privateEconomic;
    }
}
