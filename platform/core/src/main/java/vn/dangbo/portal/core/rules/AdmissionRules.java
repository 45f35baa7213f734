package vn.dangbo.portal.core.rules;

import java.time.LocalDate;
import vn.dangbo.portal.core.error.RuleViolationException;

/** Eligibility at the branch vote and the admission decision. */
public final class AdmissionRules {

    public static final String AGE = "admission.age";
    public static final String CERTIFICATE = "admission.certificate";

    private final RuleSettings settings;

    public AdmissionRules(RuleSettings settings) {
        this.settings = settings;
    }

    /**
     * Age 18 to 60 at the branch vote, in whole months: 17y11m is refused, 18y0m and 60y0m pass,
     * 60y1m is refused (over 60 needs a special decision, outside this rule).
     */
    public void checkAge(LocalDate birthDate, LocalDate voteDate, String field) {
        int months = Age.wholeMonths(birthDate, voteDate);
        if (months < settings.minAgeMonths()) {
            throw new RuleViolationException(AGE, field, "Chưa đủ tuổi: " + Age.describe(months) + " vào ngày "
                    + voteDate + ", tối thiểu " + Age.describe(settings.minAgeMonths()));
        }
        if (months > settings.maxAgeMonths()) {
            throw new RuleViolationException(AGE, field, "Quá tuổi: " + Age.describe(months) + " vào ngày "
                    + voteDate + ", tối đa " + Age.describe(settings.maxAgeMonths()));
        }
    }

    /** Whether a certificate dated {@code issued} is valid on {@code on}: from its date for the configured years. */
    public boolean certificateValid(LocalDate issued, LocalDate on) {
        return issued != null && !on.isBefore(issued)
                && on.isBefore(issued.plusYears(settings.certificateValidityYears()));
    }

    /** The awareness-course certificate must exist and be valid on the decision date. */
    public void checkCertificate(LocalDate issued, LocalDate decisionDate, String field) {
        if (issued == null || issued.isAfter(decisionDate)) {
            throw new RuleViolationException(CERTIFICATE, field,
                    "Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng trước ngày " + decisionDate);
        }
        if (!certificateValid(issued, decisionDate)) {
            throw new RuleViolationException(CERTIFICATE, field, "Giấy chứng nhận ngày " + issued
                    + " đã hết giá trị (" + settings.certificateValidityYears() + " năm) vào ngày " + decisionDate);
        }
    }
}
