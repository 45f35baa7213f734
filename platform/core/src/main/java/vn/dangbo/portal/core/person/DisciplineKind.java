package vn.dangbo.portal.core.person;

/** Disciplines of members short of expulsion (expulsion, khai trừ, is recorded as an exit). */
public enum DisciplineKind {
    /** Khiển trách. */
    REPRIMAND(true),
    /** Cảnh cáo. */
    WARNING(true),
    /** Cách chức. */
    DISMISSAL(false);

    private final boolean allowedInProbation;

    DisciplineKind(boolean allowedInProbation) {
        this.allowedInProbation = allowedInProbation;
    }

    /** Probationary members can only be reprimanded or warned. */
    public boolean allowedInProbation() {
        return allowedInProbation;
    }
}
