package vn.dangbo.portal.api.model;

/** The sector of an organisation, which decides which indicators count it. */
public enum Sector {
    /** Residential: a branch of an ấp, khóm, khu vực, thôn or tổ dân phố, or a commune or ward committee. */
    RESIDENTIAL,
    STATE_AGENCY,
    PUBLIC_SERVICE,
    PUBLIC_SCHOOL,
    PRIVATE_SCHOOL,
    STATE_ENTERPRISE,
    /** Private companies and household businesses (đơn vị kinh tế tư nhân). */
    PRIVATE_ENTERPRISE,
    ARMED_FORCES,
    OTHER
}
