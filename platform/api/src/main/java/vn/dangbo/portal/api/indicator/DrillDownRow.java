package vn.dangbo.portal.api.indicator;

import java.math.BigDecimal;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * One organisation (or unit, or area) that explains an indicator's figure: which branches admitted
 * nobody, which units of 50+ workers have no party organisation, which committees missed their quota.
 *
 * @param organisationId the organisation (or unit or area) id, null for a row without one
 * @param label          its name
 * @param numerator      its numerator (its count for a count)
 * @param denominator    its denominator, null for counts
 * @param value          its value shown, null when not computable
 * @param status         how it fares against the target (or against the rule behind the figure)
 * @param note           what is wrong or notable, may be null
 */
public record DrillDownRow(Long organisationId, String label, Long numerator, Long denominator, BigDecimal value,
        Status status, LocalizedText note) {
}
