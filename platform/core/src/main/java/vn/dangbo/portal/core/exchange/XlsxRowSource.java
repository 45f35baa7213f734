package vn.dangbo.portal.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.dangbo.portal.core.upload.ArchiveLimits;

/**
 * The first sheet of an XLSX file, read with POI's event API (SAX) from a temporary copy of the file:
 * rows are handed over as the sheet's XML is inflated and parsed, so a 100,000-row sheet never has to
 * fit in memory (the shared strings table does, as POI's read-only table keeps it; the portal's own
 * exports write inline strings and have none).
 */
public final class XlsxRowSource implements RowSource {

    static {
        // POI's own zip-bomb guard, a second line behind ImportUpload's check: no entry may expand
        // beyond what a whole workbook may (POI's default is 4 GB), nor more than 100-fold.
        ZipSecureFile.setMaxEntrySize(ArchiveLimits.XLSX.maxExpandedBytes());
        ZipSecureFile.setMinInflateRatio(1.0 / ArchiveLimits.XLSX.maxRatio());
    }

    private final InputStream in;

    public XlsxRowSource(InputStream in) {
        this.in = in;
    }

    @Override
    public void forEachRow(RowHandler handler) throws IOException {
        // OPCPackage.open(InputStream) inflates every part of the zip into memory (and refuses a part
        // over 100 MB, which a 100,000-row sheet exceeds); from a file it reads the parts as streams.
        Path copy = Files.createTempFile("people-import-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            read(copy, handler);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void read(Path file, RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
                        new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("Không đọc được tệp XLSX: " + e.getMessage(), e);
        }
    }

    /** Collects the cells of one row (empty cells are absent in the XML) and hands the row over. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNumber, cells.toArray(String[]::new));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
