package vn.dangbo.portal.api.model;

/** Positions in residential areas that are not party posts but are tracked by the programs. */
public enum PositionKind {
    /** Trưởng ấp, trưởng khóm, trưởng khu vực, trưởng thôn, tổ trưởng tổ dân phố. */
    AREA_HEAD,
    /** Trưởng ban công tác Mặt trận. */
    FRONT_COMMITTEE_HEAD
}
