package ${package};

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.program.EvaluationContext;

/** One indicator of the program: what it is, its figure for a year and the rows that explain it. */
interface Indicator {

    IndicatorDefinition definition();

    IndicatorResult evaluate(EvaluationContext context);

    List<DrillDownRow> drillDown(EvaluationContext context);
}
