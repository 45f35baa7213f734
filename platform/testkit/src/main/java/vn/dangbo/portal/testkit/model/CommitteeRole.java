package vn.dangbo.portal.testkit.model;

/** Posts of a party committee (chi ủy, đảng ủy). */
public enum CommitteeRole {
    /** Bí thư. */
    SECRETARY,
    /** Phó bí thư. */
    DEPUTY_SECRETARY,
    /** Chi ủy viên, đảng ủy viên. */
    MEMBER
}
