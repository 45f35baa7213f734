package vn.dangbo.portal.testkit.osgi.sample;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.api.program.ProvinceProgram;

/** Packed into test bundles by {@link vn.dangbo.portal.testkit.osgi.TestJar}: a program with no indicator. */
public class SampleProgram implements ProvinceProgram {

    @Override
    public ProgramIdentity identity() {
        return new ProgramIdentity("sample", "an-giang", LocalizedText.of("Ban mẫu", "Sample body"),
                LocalizedText.of("Chương trình mẫu", "Sample program"), LocalDate.of(2025, 1, 1), 2025, 2030, null, null);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of();
    }

    @Override
    public List<IndicatorResult> evaluate(EvaluationContext context) {
        return List.of();
    }

    @Override
    public List<DrillDownRow> drillDown(String indicatorCode, EvaluationContext context) {
        return List.of();
    }
}
