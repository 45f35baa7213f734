package vn.dangbo.portal.api.model;

/** A person's occupation category, recorded with dates (the one at admission is kept). */
public enum Occupation {
    /** Học sinh. */
    PUPIL,
    /** Sinh viên. */
    STUDENT,
    /** Worker of a private or foreign-invested company (doanh nghiệp). */
    COMPANY_WORKER,
    /** Worker of a state enterprise (doanh nghiệp nhà nước). */
    STATE_ENTERPRISE_WORKER,
    /** Worker of a household business (not a doanh nghiệp). */
    HOUSEHOLD_BUSINESS_WORKER,
    FARMER,
    CIVIL_SERVANT,
    PUBLIC_EMPLOYEE,
    TEACHER,
    ARMED_FORCES,
    SELF_EMPLOYED,
    RETIRED,
    OTHER;

    /** Pupils and students (học sinh, sinh viên). */
    public boolean isPupilOrStudent() {
        return this == PUPIL || this == STUDENT;
    }

    /** Workers in enterprises (doanh nghiệp): companies and state enterprises, not household businesses. */
    public boolean isEnterpriseWorker() {
        return this == COMPANY_WORKER || this == STATE_ENTERPRISE_WORKER;
    }
}
