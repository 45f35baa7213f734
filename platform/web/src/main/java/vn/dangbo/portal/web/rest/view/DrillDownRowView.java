package vn.dangbo.portal.web.rest.view;

import java.math.BigDecimal;
import java.util.List;
import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;

/** A drill-down row (see {@link DrillDownRow}) with its status label. */
public record DrillDownRowView(Long organisationId, String label, Long numerator, Long denominator,
        BigDecimal value, Status status, LocalizedText statusLabel, LocalizedText note) {

    public static DrillDownRowView of(DrillDownRow row) {
        return new DrillDownRowView(row.organisationId(), row.label(), row.numerator(), row.denominator(),
                row.value(), row.status(), row.status() == null ? null : row.status().label(), row.note());
    }

    public static List<DrillDownRowView> of(List<DrillDownRow> rows) {
        return rows.stream().map(DrillDownRowView::of).toList();
    }
}
