package vn.dangbo.portal.web.rest.view;

import java.math.BigDecimal;
import java.util.List;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.page.PageSection;

/**
 * A plugin's page section as data the pages render with text only (never HTML).
 *
 * @param kind       TEXT, TABLE or FIGURES
 * @param title      its title
 * @param paragraphs the paragraphs of a text section
 * @param columns    the column headings of a table
 * @param rows       the rows of a table: each cell a number, a text in two languages, or a string
 * @param figures    the key figures of a figures section
 */
public record SectionView(String kind, LocalizedText title, List<LocalizedText> paragraphs,
        List<LocalizedText> columns, List<List<Object>> rows, List<PageSection.Figure> figures) {

    public static SectionView of(PageSection section) {
        if (section instanceof PageSection.Text text) {
            return new SectionView("TEXT", text.title(), text.paragraphs(), List.of(), List.of(), List.of());
        }
        if (section instanceof PageSection.Table table) {
            List<List<Object>> rows = table.rows().stream()
                    .map(row -> row.stream().map(SectionView::cell).toList()).toList();
            return new SectionView("TABLE", table.title(), List.of(), table.columns(), rows, List.of());
        }
        PageSection.Figures figures = (PageSection.Figures) section;
        return new SectionView("FIGURES", figures.title(), List.of(), List.of(), List.of(), figures.figures());
    }

    public static List<SectionView> of(List<PageSection> sections) {
        return sections.stream().map(SectionView::of).toList();
    }

    /** Numbers stay numbers, two-language texts stay objects, anything else becomes its text. */
    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof LocalizedText text) {
            return text;
        }
        return value.toString();
    }
}
