package vn.dangbo.portal.plugin.cantho.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.program.EvaluationContext;

/** Private economic units (private companies and household businesses; private schools excluded). */
final class PrivateUnits {

    static final Set<UnitKind> KINDS = Set.of(UnitKind.PRIVATE_COMPANY, UnitKind.HOUSEHOLD_BUSINESS);

    private PrivateUnits() {
    }

    static List<UnitSummary> on(EvaluationContext context, LocalDate date) {
        return context.directory().units(date, KINDS);
    }
}
