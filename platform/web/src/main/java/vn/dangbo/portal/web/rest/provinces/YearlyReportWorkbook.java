package vn.dangbo.portal.web.rest.provinces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dangbo.portal.api.model.LocalizedText;
import vn.dangbo.portal.api.program.ProgramIdentity;
import vn.dangbo.portal.web.rest.consolidated.ConsolidatedView;
import vn.dangbo.portal.web.rest.view.IndicatorDefinitionView;
import vn.dangbo.portal.web.rest.view.IndicatorResultView;
import vn.dangbo.portal.web.rest.view.SectionView;

/**
 * A program's yearly report as a spreadsheet (XLSX), in Vietnamese, built from what the page shows:
 * the program's identity, its own indicators, the platform's common indicators for its territory,
 * and one sheet per section the plugin returned. Generic: it needs nothing from the plugin beyond
 * the plugin API's indicators and sections. A part the plugin failed to give is written as the
 * failure's reason, so the report never hides a gap.
 */
final class YearlyReportWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> INDICATOR_COLUMNS = List.of("Mã", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số",
            "Mục tiêu", "Đánh giá", "Trong giai đoạn", "Ghi chú");

    /** What the report is made of. */
    record Content(ProgramIdentity identity, LocalizedText provinceName, String module, String version, int year,
            ProvincesResource.EvaluationView evaluation, List<ConsolidatedView.Indicator> commonIndicators,
            List<IndicatorResultView> commonResults, String commonFailure, List<SectionView> sections,
            String sectionsFailure) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle number;
    private final Set<String> sheetNames = new HashSet<>();

    YearlyReportWorkbook() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
    }

    byte[] write(Content c) {
        Sheet sheet = sheet("Chỉ tiêu " + c.year());
        int r = 0;
        r = title(sheet, r, "Báo cáo năm " + c.year() + " — " + vi(c.provinceName()));
        r = fact(sheet, r, "Cơ quan ban hành", vi(c.identity().issuingBody()));
        r = fact(sheet, r, "Văn bản", vi(c.identity().document()));
        r = fact(sheet, r, "Ngày văn bản",
                c.identity().documentDate() == null ? "" : DAY.format(c.identity().documentDate()));
        r = fact(sheet, r, "Giai đoạn", c.identity().firstYear() + "–" + c.identity().lastYear());
        r = fact(sheet, r, "Mô-đun", c.module() + " " + c.version());
        r++;
        r = title(sheet, r, "Các chỉ tiêu của chương trình");
        ProvincesResource.EvaluationView e = c.evaluation();
        if (e.definitionsFailure() != null) {
            r = fact(sheet, r, "Không lấy được định nghĩa chỉ tiêu", e.definitionsFailure());
        }
        if (e.resultsFailure() != null) {
            r = fact(sheet, r, "Mô-đun không trả được kết quả", e.resultsFailure());
        }
        Map<String, IndicatorResultView> results = e.results().stream()
                .collect(Collectors.toMap(IndicatorResultView::code, Function.identity(), (a, b) -> a));
        r = header(sheet, r, INDICATOR_COLUMNS);
        for (IndicatorDefinitionView d : e.definitions()) {
            r = indicatorRow(sheet, r, d.code(), vi(d.name()), results.get(d.code()));
        }
        r++;
        r = title(sheet, r, "Các chỉ tiêu chung (nền tảng tính trên địa bàn của chương trình)");
        if (c.commonFailure() != null) {
            r = fact(sheet, r, "Không tính được", c.commonFailure());
        } else {
            r = header(sheet, r, INDICATOR_COLUMNS);
            for (int i = 0; i < c.commonIndicators().size(); i++) {
                ConsolidatedView.Indicator indicator = c.commonIndicators().get(i);
                IndicatorResultView result = i < c.commonResults().size() ? c.commonResults().get(i) : null;
                r = indicatorRow(sheet, r, indicator.code(), vi(indicator.name()), result);
            }
        }
        widths(sheet, 9);
        if (c.sectionsFailure() != null) {
            Sheet failed = sheet("Nội dung riêng");
            fact(failed, 0, "Mô-đun không trả được nội dung riêng", c.sectionsFailure());
        }
        for (SectionView s : c.sections()) {
            section(s);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private int indicatorRow(Sheet sheet, int r, String code, String name, IndicatorResultView result) {
        Row row = sheet.createRow(r);
        text(row, 0, code);
        text(row, 1, name);
        if (result == null) {
            text(row, 6, "Không có kết quả");
            return r + 1;
        }
        numeric(row, 2, result.value());
        numeric(row, 3, result.numerator());
        numeric(row, 4, result.denominator());
        text(row, 5, result.target() == null ? "" : vi(result.target().text()));
        text(row, 6, vi(result.statusLabel()) + (result.exceeded() ? " (vượt)" : ""));
        text(row, 7, result.inPeriod() ? "Có" : "Không");
        text(row, 8, vi(result.reason()));
        return r + 1;
    }

    private void section(SectionView s) {
        Sheet sheet = sheet(vi(s.title()));
        int r = title(sheet, 0, vi(s.title()));
        switch (s.kind()) {
            case "TEXT" -> {
                for (LocalizedText p : s.paragraphs()) {
                    text(sheet.createRow(r++), 0, vi(p));
                }
                sheet.setColumnWidth(0, 120 * 256);
            }
            case "TABLE" -> {
                r = header(sheet, r, s.columns().stream().map(YearlyReportWorkbook::vi).toList());
                for (List<Object> cells : s.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < cells.size(); i++) {
                        Object v = cells.get(i);
                        if (v instanceof Number n) {
                            numeric(row, i, n);
                        } else {
                            text(row, i, v instanceof LocalizedText t ? vi(t) : String.valueOf(v));
                        }
                    }
                }
                widths(sheet, s.columns().size());
            }
            default -> {
                for (var f : s.figures()) {
                    r = fact(sheet, r, vi(f.label()), f.value());
                }
                widths(sheet, 2);
            }
        }
    }

    /** A sheet with a name Excel accepts: at most 31 characters, no []:*?/\, unique in the workbook. */
    private Sheet sheet(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Trang" : wanted);
        String name = base;
        for (int i = 2; !sheetNames.add(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return workbook.createSheet(name);
    }

    private int title(Sheet sheet, int r, String text) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
        return r + 1;
    }

    private int fact(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(bold);
        text(row, 1, value);
        return r + 1;
    }

    private int header(Sheet sheet, int r, List<String> columns) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(bold);
        }
        return r + 1;
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private void numeric(Row row, int column, Number value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value instanceof BigDecimal d ? d.doubleValue() : value.doubleValue());
            cell.setCellStyle(number);
        }
    }

    private static void widths(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i == 1 ? 50 : 18) * 256);
        }
    }

    private static String vi(LocalizedText text) {
        return text == null ? "" : text.vi();
    }
}
