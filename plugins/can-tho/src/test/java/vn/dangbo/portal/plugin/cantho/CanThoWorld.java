package vn.dangbo.portal.plugin.cantho;

import java.time.LocalDate;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

/** A small Cần Thơ: the city committee, one ward committee under it and one grassroots committee. */
final class CanThoWorld {

    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    static final LocalDate BORN = LocalDate.of(1985, 6, 15);

    final FixtureBuilder b = Fixture.builder("can-tho");
    final long city = b.organisation("TU", "Đảng bộ thành phố Cần Thơ", OrganisationType.PROVINCIAL_COMMITTEE).add();
    final long ward = b.organisation("NK", "Đảng bộ quận Ninh Kiều", OrganisationType.DIRECT_COMMITTEE).parent(city)
            .add();
    final long grassroots = b.organisation("AH", "Đảng bộ phường An Hòa", OrganisationType.GRASSROOTS_COMMITTEE)
            .parent(ward).add();
    final long wardArea = b.area("P-AH", "Phường An Hòa", AreaKind.WARD).add();

    /** A residential branch of a new area of the kind. */
    long residentialBranch(String name, AreaKind kind) {
        long area = b.area(name, name, kind).parent(wardArea).add();
        return b.organisation(name, "Chi bộ " + name, OrganisationType.BRANCH).parent(grassroots).residential(area)
                .add();
    }

    /** n members counted at the organisation since long ago. */
    void members(long organisation, int n) {
        for (int i = 0; i < n; i++) {
            b.person("Đảng viên " + i, BORN).transferIn(LONG_AGO, organisation).add();
        }
    }

    /** n admissions by the organisation on the date. */
    void admissions(long organisation, LocalDate date, int n) {
        for (int i = 0; i < n; i++) {
            b.person("Kết nạp " + i, LocalDate.of(2000, 1, 1)).admitted(date, organisation).add();
        }
    }

    EvaluationContext context(int year) {
        return b.build().context("can-tho", year);
    }

    static CanThoProgram program(Map<String, Object> settings) {
        CanThoProgram program = new CanThoProgram();
        program.activate(settings);
        return program;
    }

    static CanThoProgram program() {
        return program(Map.of());
    }

    static IndicatorResult result(CanThoProgram program, EvaluationContext context, String code) {
        return program.evaluate(context).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    static IndicatorResult result(EvaluationContext context, String code) {
        return result(program(), context, code);
    }

    static java.util.List<DrillDownRow> rows(EvaluationContext context, String code) {
        return program().drillDown(code, context);
    }
}
