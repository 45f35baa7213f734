package vn.dangbo.portal.program.support;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.program.EvaluationContext;

/** One indicator of a program: its definition, its figure for a year and the rows that explain it. */
@ConsumerType
public interface Indicator {

    IndicatorDefinition definition();

    /** The figure for the context's year, judged against the target. */
    IndicatorResult evaluate(EvaluationContext context);

    /** The organisations (or units, areas) that explain the figure. */
    List<DrillDownRow> drillDown(EvaluationContext context);
}
