package vn.dangbo.portal.api.page;

import java.util.List;
import java.util.Objects;
import vn.dangbo.portal.api.model.LocalizedText;

/**
 * A section of a province page, given as data. The platform renders it (and escapes every text):
 * plugins never send HTML or script. Tables also become sheets of the yearly report.
 */
public sealed interface PageSection {

    LocalizedText title();

    /** Paragraphs of text. */
    record Text(LocalizedText title, List<LocalizedText> paragraphs) implements PageSection {
        public Text {
            Objects.requireNonNull(title, "title");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A table: column headings and rows of cells (strings or numbers). */
    record Table(LocalizedText title, List<LocalizedText> columns, List<List<Object>> rows) implements PageSection {
        public Table {
            Objects.requireNonNull(title, "title");
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A few key figures with labels. */
    record Figures(LocalizedText title, List<Figure> figures) implements PageSection {
        public Figures {
            Objects.requireNonNull(title, "title");
            figures = List.copyOf(figures);
        }
    }

    /**
     * @param label what the figure is
     * @param value the figure, already formatted
     */
    record Figure(LocalizedText label, String value) {
    }
}
