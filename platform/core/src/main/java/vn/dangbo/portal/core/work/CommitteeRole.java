package vn.dangbo.portal.core.work;

/** Seats on a party committee (chi ủy, đảng ủy). */
public enum CommitteeRole {
    /** Bí thư. */
    SECRETARY,
    /** Phó bí thư. */
    DEPUTY,
    /** Ủy viên. */
    MEMBER
}
