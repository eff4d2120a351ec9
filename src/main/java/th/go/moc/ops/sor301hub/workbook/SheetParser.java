package th.go.moc.ops.sor301hub.workbook;

import th.go.moc.ops.sor301hub.sor301.A1;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One pass over a worksheet part (sheetN.xml): rows, cells and their cached values. Kept apart from
 * what happens to each row, which is the handler's business. Attributes are read in one loop per
 * element rather than looked up by name, which costs a search each.
 */
final class SheetParser {

    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final CellStyles styles;

    private final List<CellValue> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    SheetParser(XMLStreamReader xml, SharedStrings strings, CellStyles styles) {
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
    }

    void parse(RowHandler handler) throws XMLStreamException {
        int nextRow = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                int rowIndex = nextRow;
                boolean hidden = false;
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    switch (xml.getAttributeLocalName(i)) {
                        case "r" -> rowIndex = Integer.parseInt(xml.getAttributeValue(i)) - 1;
                        case "hidden" -> hidden = "1".equals(xml.getAttributeValue(i)) || "true".equals(xml.getAttributeValue(i));
                        default -> { }
                    }
                }
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
                int col = nextCol;
                String type = null;
                int style = -1;
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    switch (xml.getAttributeLocalName(i)) {
                        case "r" -> col = A1.column(xml.getAttributeValue(i));
                        case "t" -> type = xml.getAttributeValue(i);
                        case "s" -> style = Integer.parseInt(xml.getAttributeValue(i));
                        default -> { }
                    }
                }
                CellValue value = readCell(type, style);
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

    private CellValue readCell(String type, int style) throws XMLStreamException {
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
                String s = strings.get(Integer.parseInt(value.trim()));
                yield s.isEmpty() ? null : new CellValue.Text(s);
            }
            case "str", "inlineStr" -> value.isEmpty() ? null : new CellValue.Text(value);
            case "b" -> new CellValue.Bool("1".equals(value.trim()));
            case "e" -> new CellValue.Error(value.trim());
            case "d" -> new CellValue.Text(value);
            default -> number(value, style);
        };
    }

    private CellValue number(String value, int style) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return new CellValue.Text(value);
        }
        CellStyles.NumberStyle ns = styles.of(style);
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
