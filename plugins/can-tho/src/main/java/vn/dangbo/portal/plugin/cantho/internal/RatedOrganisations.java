package vn.dangbo.portal.plugin.cantho.internal;

import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.EvaluationContext;
import vn.dangbo.portal.api.query.OrganisationRating;
import vn.dangbo.portal.program.support.Indicator;
import vn.dangbo.portal.program.support.Reasons;
import vn.dangbo.portal.program.support.Tally;

/** CT-ORG-RATING: grassroots organisations rated xuất sắc or tốt in Y / grassroots organisations rated in Y. */
final class RatedOrganisations implements Indicator {

    private final IndicatorDefinition definition;

    RatedOrganisations(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    private static Tally<OrganisationRating> tally(EvaluationContext context) {
        return Tally.of(context.ratings().organisationRatings(context.year()), r -> r.grade().isGoodOrBetter());
    }

    @Override
    public IndicatorResult evaluate(EvaluationContext context) {
        Tally<OrganisationRating> tally = tally(context);
        if (tally.denominator() == 0) {
            return IndicatorResult.notEnoughData(definition, context.year(), definition.target(), Reasons.NO_RATINGS,
                    0L, 0L);
        }
        return tally.result(definition, context.year(), definition.target(), null, null);
    }

    /** Every organisation rated, those below "tốt" first with their grade. */
    @Override
    public List<DrillDownRow> drillDown(EvaluationContext context) {
        return tally(context).rows(OrganisationRating::organisationId, OrganisationRating::name,
                r -> LocalizedText.of("Xếp loại: " + r.grade().name(), "Rated " + r.grade().name()));
    }
}
