package vn.dangbo.portal.core.person;

/** The dated events of a person's path into, through and out of the party rolls. */
public enum MembershipEventKind {
    /** Registered as a candidate (quần chúng ưu tú) by an organisation. */
    CANDIDATE_REGISTRATION,
    /** Certificate of the awareness course (giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng). */
    AWARENESS_CERTIFICATE,
    /** Admission decision (quyết định kết nạp): starts membership and probation. */
    ADMISSION,
    /** Admission ceremony (lễ kết nạp): the 12 months of probation count from it. */
    CEREMONY,
    /** Recognition as full member (công nhận đảng viên chính thức). */
    RECOGNITION,
    /** Probation failed: removed from the rolls (xóa tên). */
    FAILED_PROBATION,
    /** Permanent transfer out (chuyển sinh hoạt chính thức đi): counted nowhere until the transfer in. */
    TRANSFER_OUT,
    /** Permanent transfer in, or a member arriving from outside the portal's records. */
    TRANSFER_IN,
    /** Temporary transfer to a host organisation: still counted at home. */
    TEMPORARY_TRANSFER,
    /** End of a temporary transfer. */
    TEMPORARY_RETURN,
    /** Exemption from work and meetings (miễn công tác và sinh hoạt): a status, still a member. */
    EXEMPTION,
    /** A discipline (khiển trách, cảnh cáo, cách chức). Expulsion is an exit. */
    DISCIPLINE,
    /** Leaving the rolls: removal, expulsion, leaving at own request, death. */
    EXIT
}
