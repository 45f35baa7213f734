package vn.dangbo.portal.datagen.record;

/** Seats of a party committee (chi ủy, đảng ủy bộ phận, đảng ủy cơ sở). */
public enum CommitteeRole {
    /** Bí thư. */
    SECRETARY,
    /** Phó bí thư. */
    DEPUTY_SECRETARY,
    /** Cấp ủy viên. */
    MEMBER
}
