package vn.dangbo.portal.program.support;

import vn.dangbo.portal.api.indicator.DrillDownRow;
import vn.dangbo.portal.api.indicator.Numbers;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.model.LocalizedText;

/** Drill-down rows in the two shapes the programs use: a share and a count. */
public final class Rows {

    private Rows() {
    }

    /** A row with its own numerator and denominator; the value is their percentage (none when 0). */
    public static DrillDownRow share(Long id, String label, long numerator, long denominator, Status status,
            LocalizedText note) {
        return new DrillDownRow(id, label, numerator, denominator,
                denominator == 0 ? null : Numbers.shown(Numbers.percent(numerator, denominator)), status, note);
    }

    /** A row with a count and no denominator. */
    public static DrillDownRow count(Long id, String label, long count, Status status, LocalizedText note) {
        return new DrillDownRow(id, label, count, null, Numbers.shown(java.math.BigDecimal.valueOf(count)), status,
                note);
    }

    /** A row for one item that either counts in the numerator (1 of 1) or not (0 of 1). */
    public static DrillDownRow item(Long id, String label, boolean counted, LocalizedText noteWhenNot) {
        return new DrillDownRow(id, label, counted ? 1L : 0L, 1L, counted ? Numbers.HUNDRED : java.math.BigDecimal.ZERO,
                counted ? Status.MET : Status.NOT_MET, counted ? null : noteWhenNot);
    }

    /** MET when the condition holds, NOT_MET otherwise. */
    public static Status metIf(boolean condition) {
        return condition ? Status.MET : Status.NOT_MET;
    }
}
