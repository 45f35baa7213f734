package vn.dangbo.portal.plugin.khanhhoa.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.api.model.UnitSummary;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Tally;

/**
 * KH-PRIVATE-COVERAGE: private schools and private economic units on 31/12/Y with party members
 * (a member's occupation that day names the unit) / all of them, and with a party organisation / all
 * of them. Each share must rise on last year's; the indicator is met when both are. The main figure
 * shown is the share with members; both are its components.
 */
final class PrivateCoverage implements Indicator {

    static final Set<UnitKind> KINDS = Set.of(UnitKind.PRIVATE_SCHOOL, UnitKind.PRIVATE_COMPANY,
            UnitKind.HOUSEHOLD_BUSINESS);
    private static final LocalizedText NO_MEMBERS = LocalizedText.of("Chưa có đảng viên", "No party member");
    private static final LocalizedText NO_ORGANISATION = LocalizedText.of("Chưa có tổ chức đảng",
            "No party organisation");

    private final IndicatorDefinition definition;

    PrivateCoverage(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private static List<UnitSummary> units(EvaluationContext context, int year) {
        return context.directory().units(LocalDate.of(year, 12, 31), KINDS);
    }

    private static Tally<UnitSummary> withMembers(List<UnitSummary> units) {
        return Tally.of(units, u -> u.membersEmployed() > 0);
    }

    private static Tally<UnitSummary> withOrganisation(List<UnitSummary> units) {
        return Tally.of(units, UnitSummary::hasPartyOrganisation);
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        int year = context.year();
        List<UnitSummary> now = units(context, year);
        List<UnitSummary> before = units(context, year - 1);
        IndicatorResult members = part(withMembers(now), withMembers(before).percent(), year);
        IndicatorResult organisations = part(withOrganisation(now), withOrganisation(before).percent(), year);
        Status status = combined(members.status(), organisations.status());
        LocalizedText reason = status == Status.NOT_ENOUGH_DATA
                ? (members.reason() != null ? members.reason() : organisations.reason())
                : LocalizedText.of("Có đảng viên: " + members.value() + " %; có tổ chức đảng: " + organisations.value()
                        + " %", "With members: " + members.value() + " %; with a party organisation: "
                        + organisations.value() + " %");
        return members.withComponents(List.of(members, organisations)).withStatus(status, reason);
    }

    private IndicatorResult part(Tally<UnitSummary> tally, BigDecimal previous, int year) {
        return tally.result(definition, year, definition.target(), previous, null);
    }

    /** Both met → met; any not enough data → not enough data; otherwise not met. */
    static Status combined(Status a, Status b) {
        if (a == Status.NOT_ENOUGH_DATA || b == Status.NOT_ENOUGH_DATA) {
            return Status.NOT_ENOUGH_DATA;
        }
        return a == Status.MET && b == Status.MET ? Status.MET : Status.NOT_MET;
    }

    /** Units without members, then units without a party organisation. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        List<UnitSummary> now = units(context, context.year());
        List<DrillDownRow> rows = new ArrayList<>();
        rows.addAll(withMembers(now).rows(UnitSummary::id, u -> u.name() + " — đảng viên", u -> NO_MEMBERS));
        rows.addAll(withOrganisation(now).rows(UnitSummary::id, u -> u.name() + " — tổ chức đảng",
                u -> NO_ORGANISATION));
        return rows;
    }
}
