package th.go.moc.ops.sor301hub.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Reads xlsx and xlsm by one streaming pass over each sheet's XML, never building the POI user
 * model, so that memory does not grow with the sheet (only the shared-strings table does). Macros
 * are never run: they are not even looked at.
 */
final class XlsxSource implements WorkbookSource {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final String fileName;
    private final WorkbookFormat format;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final NumberStyle[] styles;
    private final List<SheetInfo> sheets;
    private final List<String> sheetRelIds;

    private XlsxSource(String fileName, WorkbookFormat format, OPCPackage pkg) throws Exception {
        this.fileName = fileName;
        this.format = format;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = numberStyles(reader.getStylesTable());
        this.sheets = new ArrayList<>();
        this.sheetRelIds = new ArrayList<>();
        readSheetList();
    }

    static XlsxSource open(Path file, WorkbookFormat format) {
        String name = file.getFileName().toString();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxSource(name, format, pkg);
        } catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw failure(name, e);
        }
    }

    private static UnreadableWorkbookException failure(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return UnreadableWorkbookException.zipBomb(name, e);
            }
        }
        if (e instanceof NotOfficeXmlFileException) {
            return UnreadableWorkbookException.of(WorkbookFormat.UNKNOWN, name, e);
        }
        return UnreadableWorkbookException.of(WorkbookFormat.XLSX, name, e);
    }

    /** Which cell styles show numbers as dates or percentages. */
    private static NumberStyle[] numberStyles(StylesTable table) {
        int count = table == null ? 0 : table.getNumCellStyles();
        NumberStyle[] result = new NumberStyle[Math.max(count, 1)];
        for (int i = 0; i < count; i++) {
            XSSFCellStyle style = table.getStyleAt(i);
            String fmt = style.getDataFormatString();
            result[i] = new NumberStyle(NumberFormats.isDate(style.getDataFormat(), fmt), NumberFormats.isPercent(fmt));
        }
        return result;
    }

    private void readSheetList() throws Exception {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    String name = null;
                    String relId = null;
                    boolean hidden = false;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String attr = xml.getAttributeLocalName(i);
                        String value = xml.getAttributeValue(i);
                        switch (attr) {
                            case "name" -> name = value;
                            case "id" -> relId = value;
                            case "state" -> hidden = !"visible".equals(value);
                            default -> { }
                        }
                    }
                    sheets.add(new SheetInfo(name, sheets.size(), hidden));
                    sheetRelIds.add(relId);
                }
            }
            xml.close();
        }
    }

    @Override
    public WorkbookFormat format() {
        return format;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) {
        try (InputStream in = reader.getSheet(sheetRelIds.get(sheet.position()))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                new SheetParser(xml, strings, styles).parse(handler);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableWorkbookException u) {
                throw u;
            }
            throw failure(fileName, e);
        } catch (Exception e) {
            throw failure(fileName, e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    record NumberStyle(boolean date, boolean percent) {
        static final NumberStyle PLAIN = new NumberStyle(false, false);
    }
}
