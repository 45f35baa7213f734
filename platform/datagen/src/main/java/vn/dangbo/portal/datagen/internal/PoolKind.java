package vn.dangbo.portal.datagen.internal;

import vn.dangbo.portal.api.model.Sector;

/**
 * What kind of people a branch holds, with the shapes that differ by kind. Admission rates are
 * relative weights calibrated per province so the province admits about 3.3 % of its members a year;
 * youth and women shares are assumed so the totals land on domain.md's 60 % youth and 37 % women.
 *
 * @param sector          sector of the branch
 * @param admissionWeight relative yearly admission rate
 * @param youthShare      share of admissions aged 18-30 at the decision
 * @param womenInitial    share of women among the members of 2016
 * @param womenAdmitted   share of women among new members
 * @param minAge          youngest member age in 2016
 * @param maxAge          oldest member age in 2016
 */
enum PoolKind {
    RESIDENTIAL(Sector.RESIDENTIAL, 0.030, 0.42, 0.34, 0.47, 22, 92),
    COMMUNE_AGENCY(Sector.STATE_AGENCY, 0.022, 0.45, 0.33, 0.45, 24, 59),
    COMMUNE_POLICE(Sector.ARMED_FORCES, 0.040, 0.70, 0.08, 0.12, 22, 55),
    COMMUNE_SCHOOL(Sector.PUBLIC_SCHOOL, 0.035, 0.50, 0.68, 0.70, 24, 58),
    HEALTH(Sector.PUBLIC_SERVICE, 0.035, 0.50, 0.58, 0.62, 24, 59),
    AGENCY(Sector.STATE_AGENCY, 0.022, 0.45, 0.40, 0.50, 24, 59),
    /** Teachers of an upper secondary school; it admits pupils aged 18 (học sinh). */
    HIGH_SCHOOL(Sector.PUBLIC_SCHOOL, 0.200, 1.00, 0.66, 0.66, 24, 58),
    /** Students of a university (sinh viên). */
    UNIVERSITY_STUDENTS(Sector.PUBLIC_SCHOOL, 0.400, 1.00, 0.50, 0.60, 20, 24),
    UNIVERSITY_STAFF(Sector.PUBLIC_SCHOOL, 0.030, 0.50, 0.48, 0.55, 25, 62),
    POLICE(Sector.ARMED_FORCES, 0.045, 0.75, 0.12, 0.15, 22, 55),
    MILITARY(Sector.ARMED_FORCES, 0.050, 0.85, 0.05, 0.06, 20, 55),
    STATE_COMPANY(Sector.STATE_ENTERPRISE, 0.035, 0.50, 0.30, 0.40, 23, 59),
    PRIVATE_COMPANY(Sector.PRIVATE_ENTERPRISE, 0.070, 0.60, 0.45, 0.50, 22, 55),
    PRIVATE_SCHOOL(Sector.PRIVATE_SCHOOL, 0.050, 0.50, 0.70, 0.70, 23, 58);

    final Sector sector;
    final double admissionWeight;
    final double youthShare;
    final double womenInitial;
    final double womenAdmitted;
    final int minAge;
    final int maxAge;

    PoolKind(Sector sector, double admissionWeight, double youthShare, double womenInitial, double womenAdmitted,
            int minAge, int maxAge) {
        this.sector = sector;
        this.admissionWeight = admissionWeight;
        this.youthShare = youthShare;
        this.womenInitial = womenInitial;
        this.womenAdmitted = womenAdmitted;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    /** People in a job that ends at retirement age (they then move to their residential branch). */
    boolean employed() {
        return this != RESIDENTIAL && this != UNIVERSITY_STUDENTS;
    }
}
