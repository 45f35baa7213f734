package vn.dangbo.portal.plugin.haiphong;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.testkit.Fixture;
import vn.dangbo.portal.testkit.FixtureBuilder;

/** A small Hải Phòng: the city committee and two committees directly under it, each with a grassroots branch. */
final class HaiPhongWorld {

    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    final FixtureBuilder b = Fixture.builder("hai-phong");
    final long city = b.organisation("TU", "Đảng bộ thành phố Hải Phòng", OrganisationType.PROVINCIAL_COMMITTEE).add();
    final long leChan = b.organisation("LC", "Đảng bộ quận Lê Chân", OrganisationType.DIRECT_COMMITTEE).parent(city)
            .add();
    final long ngoQuyen = b.organisation("NQ", "Đảng bộ quận Ngô Quyền", OrganisationType.DIRECT_COMMITTEE)
            .parent(city).add();
    final long leChanBranch = b.organisation("LC1", "Chi bộ phường 1", OrganisationType.GRASSROOTS_BRANCH)
            .parent(leChan).add();
    final long ngoQuyenBranch = b.organisation("NQ1", "Chi bộ phường 2", OrganisationType.GRASSROOTS_BRANCH)
            .parent(ngoQuyen).add();

    /** n admissions by the organisation on the date, of people with that occupation then. */
    void admissions(long organisation, LocalDate date, int n, Occupation occupation, boolean religious) {
        for (int i = 0; i < n; i++) {
            b.person("Kết nạp " + i, LocalDate.of(2000, 1, 1)).admitted(date, organisation, occupation, religious)
                    .add();
        }
    }

    void admissions(long organisation, LocalDate date, int n) {
        admissions(organisation, date, n, Occupation.OTHER, false);
    }

    EvaluationContext context(int year) {
        return b.build().context("hai-phong", year);
    }

    static HaiPhongProgram program(Map<String, Object> settings) {
        HaiPhongProgram program = new HaiPhongProgram();
        program.activate(settings);
        return program;
    }

    static IndicatorResult result(HaiPhongProgram program, EvaluationContext context, String code) {
        return program.evaluate(context).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    static IndicatorResult result(EvaluationContext context, String code) {
        return result(program(Map.of()), context, code);
    }

    static List<DrillDownRow> rows(EvaluationContext context, String code) {
        return program(Map.of()).drillDown(code, context);
    }
}
