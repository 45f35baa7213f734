package vn.dangbo.portal.api.query;

/** How {@link AdmissionStatistics#countBy} groups admissions, and what its keys are. */
public enum AdmissionDimension {
    /**
     * The admitting organisation, followed through its successors to the period's last day (an
     * organisation closed without successor keeps its own id). Key: organisation id.
     */
    ORGANISATION,
    /** The committee directly under the provincial committee on the period's last day. Key: organisation id. */
    COMMITTEE,
    /** Occupation on the admission decision date. Key: an {@link vn.dangbo.portal.api.model.Occupation} name, or NONE. */
    OCCUPATION,
    /** Religion at admission. Key: RELIGIOUS or NONE. */
    RELIGION,
    /** Age at the decision: YOUTH (18y0m to 30y11m in whole months) or OTHER. */
    AGE_BAND,
    /** Year of the decision. Key: the year. */
    YEAR
}
