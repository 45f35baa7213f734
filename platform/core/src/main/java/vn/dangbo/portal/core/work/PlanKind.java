package vn.dangbo.portal.core.work;

/** Admission plans: for one year (with its quota) or for a term. */
public enum PlanKind {
    YEAR,
    TERM
}
