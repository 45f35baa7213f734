package vn.dangbo.portal.web.rest.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.indicator.IndicatorDefinition;
import vn.dangbo.portal.api.indicator.IndicatorResult;
import vn.dangbo.portal.api.indicator.Measure;
import vn.dangbo.portal.api.indicator.PeriodKind;
import vn.dangbo.portal.api.indicator.RangePolicy;
import vn.dangbo.portal.api.indicator.Status;
import vn.dangbo.portal.api.indicator.Target;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.page.PageSection;

/** The presentation records give the pages what the API's sealed types cannot serialise. */
class ViewRecordsTest {

    @Test
    void everyKindOfTargetBecomesKindTextAndValues() {
        assertThat(TargetView.of(new Target.AtLeast(new BigDecimal("60.44")), Measure.PERCENT))
                .isEqualTo(new TargetView("AT_LEAST", LocalizedText.of("≥ 60,44 %", "≥ 60,44 %"),
                        List.of(new BigDecimal("60.44"))));
        TargetView range = TargetView.of(new Target.Between(new BigDecimal("3"), new BigDecimal("4")), Measure.PERCENT);
        assertThat(range.kind()).isEqualTo("BETWEEN");
        assertThat(range.text().vi()).isEqualTo("từ 3 % đến 4 %");
        assertThat(range.values()).containsExactly(new BigDecimal("3"), new BigDecimal("4"));
        assertThat(TargetView.of(new Target.MoreThan(BigDecimal.TEN), Measure.COUNT).kind()).isEqualTo("MORE_THAN");
        assertThat(TargetView.of(new Target.Rising(), Measure.PERCENT).kind()).isEqualTo("RISING");
        assertThat(TargetView.of(new Target.TrendDown(), Measure.COUNT).kind()).isEqualTo("TREND_DOWN");
        assertThat(TargetView.of(new Target.Tracked(), Measure.COUNT).values()).isEmpty();
        assertThat(TargetView.of(null, Measure.COUNT).kind()).as("no target is a tracked figure").isEqualTo("TRACKED");
    }

    @Test
    void aResultCarriesItsStatusLabelInBothLanguagesAndItsComponents() {
        Target target = new Target.AtLeast(BigDecimal.valueOf(50));
        IndicatorDefinition definition = new IndicatorDefinition("X-RATE", LocalizedText.of("Tỷ lệ", "Rate"),
                LocalizedText.of("a / b", "a / b"), Measure.PERCENT, target, PeriodKind.EVERY_YEAR, 2020, 2025, "src");
        IndicatorResult part = IndicatorResult.ratio(definition, 2026, 1, 4, target, null, RangePolicy.ABOVE_IS_EXCEEDED);
        IndicatorResult whole = IndicatorResult.ratio(definition, 2026, 3, 4, target, null,
                RangePolicy.ABOVE_IS_EXCEEDED).withComponents(List.of(part));

        IndicatorResultView view = IndicatorResultView.of(whole);
        assertThat(view.status()).isEqualTo(Status.MET);
        assertThat(view.statusLabel()).isEqualTo(LocalizedText.of("Đạt", "Met"));
        assertThat(view.value()).isEqualByComparingTo("75");
        assertThat(view.inPeriod()).as("2026 is after the period").isFalse();
        assertThat(view.target().kind()).isEqualTo("AT_LEAST");
        assertThat(view.components()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.NOT_MET);
            assertThat(c.statusLabel().vi()).isEqualTo("Chưa đạt");
        });
    }

    @Test
    void sectionsKeepTheirKindAndCellsStayTextOrNumbers() {
        SectionView table = SectionView.of(new PageSection.Table(LocalizedText.of("Bảng", "Table"),
                List.of(LocalizedText.of("Tên", "Name")),
                List.of(List.of("<b>x</b>", 3, 2.5d, LocalizedText.of("có", "yes")))));
        assertThat(table.kind()).isEqualTo("TABLE");
        assertThat(table.rows().get(0)).containsExactly("<b>x</b>", 3, new BigDecimal("2.5"),
                LocalizedText.of("có", "yes"));

        SectionView text = SectionView.of(new PageSection.Text(LocalizedText.of("Ghi chú", "Note"),
                List.of(LocalizedText.of("Một", "One"))));
        assertThat(text.kind()).isEqualTo("TEXT");
        assertThat(text.paragraphs()).hasSize(1);

        SectionView figures = SectionView.of(new PageSection.Figures(LocalizedText.of("Số liệu", "Figures"),
                List.of(new PageSection.Figure(LocalizedText.of("Kết nạp", "Admitted"), "1.870"))));
        assertThat(figures.kind()).isEqualTo("FIGURES");
        assertThat(figures.figures().get(0).value()).isEqualTo("1.870");
    }
}
