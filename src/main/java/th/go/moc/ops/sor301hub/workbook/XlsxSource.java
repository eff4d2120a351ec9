package th.go.moc.ops.sor301hub.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads xlsx and xlsm by one streaming pass over each sheet's XML, straight from the zip, never
 * building a workbook model, so that memory does not grow with the sheet (only the shared-strings
 * table does). Macros are never run: they are not even looked at.
 */
final class XlsxSource implements WorkbookSource {

    private final String fileName;
    private final WorkbookFormat format;
    private final XlsxPackage pkg;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final List<String> sheetParts = new ArrayList<>();

    private XlsxSource(String fileName, WorkbookFormat format, XlsxPackage pkg) throws IOException, XMLStreamException {
        this.fileName = fileName;
        this.format = format;
        this.pkg = pkg;
        String workbook = pkg.relationships("").getOrDefault("type:officeDocument", "xl/workbook.xml");
        Map<String, String> parts = pkg.relationships(workbook);
        this.strings = parts.containsKey("type:sharedStrings")
                ? readWith(parts.get("type:sharedStrings"), SharedStrings::read) : SharedStrings.NONE;
        this.styles = parts.containsKey("type:styles") ? readWith(parts.get("type:styles"), CellStyles::read) : CellStyles.NONE;
        readSheetList(workbook, parts);
    }

    /** @throws UnreadableWorkbookException for a zip that is no xlsx or xlsm (an xlsb, an ods, …) or is damaged */
    static XlsxSource open(Path file) {
        String name = file.getFileName().toString();
        XlsxPackage pkg = null;
        WorkbookFormat format;
        try {
            pkg = new XlsxPackage(file);
            format = FormatDetector.zipFormat(pkg);
            if (format == WorkbookFormat.XLSX || format == WorkbookFormat.XLSM) {
                return new XlsxSource(name, format, pkg);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(pkg);
            throw failure(name, e);
        }
        closeQuietly(pkg);
        throw UnreadableWorkbookException.of(format, name, null);
    }

    private static void closeQuietly(XlsxPackage pkg) {
        try {
            if (pkg != null) {
                pkg.close();
            }
        } catch (IOException e) {
            // nothing more to say than the failure already being reported
        }
    }

    private static UnreadableWorkbookException failure(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XlsxPackage.ZipBombException) {
                return UnreadableWorkbookException.zipBomb(name, e);
            }
        }
        return UnreadableWorkbookException.of(WorkbookFormat.XLSX, name, e);
    }

    private interface PartReader<T> {
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    private <T> T readWith(String part, PartReader<T> reader) throws IOException, XMLStreamException {
        XMLStreamReader xml = pkg.xml(part);
        try {
            return reader.read(xml);
        } finally {
            xml.close();
        }
    }

    private void readSheetList(String workbook, Map<String, String> parts) throws IOException, XMLStreamException {
        XMLStreamReader xml = pkg.xml(workbook);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    String name = null;
                    String relId = null;
                    boolean hidden = false;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String value = xml.getAttributeValue(i);
                        switch (xml.getAttributeLocalName(i)) {
                            case "name" -> name = value;
                            case "id" -> relId = value;
                            case "state" -> hidden = !"visible".equals(value);
                            default -> { }
                        }
                    }
                    String part = parts.get(relId);
                    // A chart sheet or dialog sheet has no cells to read.
                    if (part != null && part.contains("worksheets/")) {
                        sheets.add(new SheetInfo(name, sheets.size(), hidden));
                        sheetParts.add(part);
                    }
                }
            }
        } finally {
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
        try {
            XMLStreamReader xml = pkg.xml(sheetParts.get(sheet.position()));
            try {
                new SheetParser(xml, strings, styles).parse(handler);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableWorkbookException unreadable) {
                throw unreadable;
            }
            throw failure(fileName, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(pkg);
    }
}
