package vn.dangbo.portal.core.rules;

import java.time.LocalDate;
import vn.dangbo.portal.core.error.RuleViolationException;

/** Probation: 12 months from the admission ceremony, then a review within the allowed working days. */
public final class ProbationRules {

    public static final String TOO_EARLY = "probation.recognition-too-early";
    public static final int MONTHS = 12;

    private final RuleSettings settings;

    public ProbationRules(RuleSettings settings) {
        this.settings = settings;
    }

    /** The day the 12 months from the ceremony are complete (same day number, 12 months later). */
    public static LocalDate end(LocalDate ceremony) {
        return ceremony.plusMonths(MONTHS);
    }

    /** The last day of the review: the configured number of working days after the 12 months. */
    public LocalDate reviewDeadline(LocalDate probationEnd) {
        return settings.workingDays().plus(probationEnd, settings.reviewWorkingDays());
    }

    /** Recognition is refused before the 12 months from the ceremony are complete. */
    public void checkRecognition(LocalDate ceremony, LocalDate recognition, String field) {
        LocalDate end = end(ceremony);
        if (recognition.isBefore(end)) {
            throw new RuleViolationException(TOO_EARLY, field, "Chưa đủ 12 tháng dự bị kể từ lễ kết nạp " + ceremony
                    + ": sớm nhất ngày " + end);
        }
    }
}
