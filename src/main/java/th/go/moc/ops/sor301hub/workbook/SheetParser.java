package th.go.moc.ops.sor301hub.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/**
 * One pass over a worksheet part (sheetN.xml): rows, cells and their cached values. Kept apart from
 * what happens to each row, which is the handler's business.
 */
final class SheetParser {

    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final XlsxSource.NumberStyle[] styles;

    private final List<CellValue> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    SheetParser(XMLStreamReader xml, ReadOnlySharedStringsTable strings, XlsxSource.NumberStyle[] styles) {
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
    }

    void parse(RowHandler handler) throws XMLStreamException {
        int nextRow = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                int rowIndex = r != null ? Integer.parseInt(r) - 1 : nextRow;
                String hiddenAttr = xml.getAttributeValue(null, "hidden");
                boolean hidden = "1".equals(hiddenAttr) || "true".equals(hiddenAttr);
                readCells();
                nextRow = rowIndex + 1;
                if (!cells.isEmpty() && !handler.row(new SheetRow(rowIndex, hidden, cells.toArray(CellValue[]::new)))) {
                    return;
                }
            }
        }
    }

    /** Reads the cells of the current row up to its end tag. */
    private void readCells() throws XMLStreamException {
        cells.clear();
        int nextCol = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int col = ref != null ? CellRef.column(ref) : nextCol;
                CellValue value = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                nextCol = col + 1;
                if (value != null) {
                    while (cells.size() <= col) {
                        cells.add(null);
                    }
                    cells.set(col, value);
                }
            }
        }
        // Trailing nulls carry nothing.
        int end = cells.size();
        while (end > 0 && cells.get(end - 1) == null) {
            end--;
        }
        if (end < cells.size()) {
            cells.subList(end, cells.size()).clear();
        }
    }

    private CellValue readCell(String type, String style) throws XMLStreamException {
        String value = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = readInlineString();
                    default -> { }
                }
            }
        }
        if (inline != null) {
            return inline.isEmpty() ? null : new CellValue.Text(inline);
        }
        if (value == null) {
            return null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> {
                String s = strings.getItemAt(Integer.parseInt(value.trim())).getString();
                yield s == null || s.isEmpty() ? null : new CellValue.Text(s);
            }
            case "str", "inlineStr" -> value.isEmpty() ? null : new CellValue.Text(value);
            case "b" -> new CellValue.Bool("1".equals(value.trim()));
            case "e" -> new CellValue.Error(value.trim());
            case "d" -> new CellValue.Text(value);
            default -> number(value, style);
        };
    }

    private CellValue number(String value, String style) {
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return new CellValue.Text(value);
        }
        XlsxSource.NumberStyle ns = XlsxSource.NumberStyle.PLAIN;
        if (style != null) {
            int index = Integer.parseInt(style);
            if (index < styles.length && styles[index] != null) {
                ns = styles[index];
            }
        }
        return new CellValue.Number(number, ns.date(), ns.percent());
    }

    /** The text of an inline string, its rich-text runs joined, phonetic hints (rPh) left out. */
    private String readInlineString() throws XMLStreamException {
        text.setLength(0);
        int depthInPhonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    depthInPhonetic++;
                } else if ("t".equals(xml.getLocalName()) && depthInPhonetic == 0) {
                    text.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    depthInPhonetic--;
                } else if ("is".equals(xml.getLocalName())) {
                    break;
                }
            }
        }
        return text.toString();
    }
}
