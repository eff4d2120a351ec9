package th.go.moc.ops.sor301hub.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;
import th.go.moc.ops.sor301hub.sor301.A1;

/**
 * One pass over a worksheet part (sheetN.xml): rows, cells and their cached values. Kept apart from
 * what happens to each row, which is the handler's business. Attributes are read in one loop per
 * element rather than looked up by name, which costs a search each.
 */
final class SheetParser {

    private final XMLStreamReader2 xml;
    private final SharedStrings strings;
    private final CellStyles styles;

    private final List<CellValue> cells = new ArrayList<>();
    private final ColumnOfRef columnOfRef = new ColumnOfRef();
    private final TypeOfCell typeOfCell = new TypeOfCell();
    private final NumberValue number = new NumberValue();
    private final StringBuilder text = new StringBuilder();
    /** The text of the value being read, reused from cell to cell. */
    private final ElementText valueText = new ElementText();

    /** @param xml Aalto's reader, whose typed access reads cell references without making strings of them */
    SheetParser(XMLStreamReader xml, SharedStrings strings, CellStyles styles) {
        this.xml = (XMLStreamReader2) xml;
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
                        case "r" -> rowIndex = xml.getAttributeAsInt(i) - 1;
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
                        case "r" -> {
                            xml.getAttributeAs(i, columnOfRef);
                            // A reference without letters says nothing: the cell follows the one before.
                            col = columnOfRef.column >= 0 ? columnOfRef.column : nextCol;
                        }
                        case "t" -> {
                            xml.getAttributeAs(i, typeOfCell);
                            type = typeOfCell.type;
                        }
                        case "s" -> style = xml.getAttributeAsInt(i);
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
        CellValue value = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = value(type, style);
                    case "is" -> {
                        String inline = readInlineString();
                        value = inline.isEmpty() ? null : new CellValue.Text(inline);
                    }
                    default -> { }
                }
            }
        }
        return value;
    }

    /** The cached value of a cell, its {@code <v>} read as its type says. */
    private CellValue value(String type, int style) throws XMLStreamException {
        valueText.read(xml);
        if (type == null || type.equals("n")) {
            CellStyles.NumberStyle ns = styles.of(style);
            if (number.parse(valueText.chars(), valueText.length())) {
                return new CellValue.Number(number.value, ns.date(), ns.percent());
            }
            String text = valueText.toString().strip();
            return text.isEmpty() ? null : new CellValue.Text(text);
        }
        if (type.equals("s")) {
            String s = strings.get(sharedIndex());
            return s.isEmpty() ? null : new CellValue.Text(s);
        }
        String text = valueText.toString();
        return switch (type) {
            case "str", "inlineStr", "d" -> text.isEmpty() ? null : new CellValue.Text(text);
            case "b" -> new CellValue.Bool("1".equals(text.trim()));
            case "e" -> new CellValue.Error(text.trim());
            default -> text.isEmpty() ? null : new CellValue.Text(text);
        };
    }

    /** A shared-strings index from {@link #valueText}; a damaged one is refused, as the file is then unreadable. */
    private int sharedIndex() {
        char[] chars = valueText.chars();
        int start = 0;
        int end = valueText.length();
        while (start < end && chars[start] <= ' ') {
            start++;
        }
        while (end > start && chars[end - 1] <= ' ') {
            end--;
        }
        int index = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < '0' || c > '9' || i - start > 9) {
                throw new IllegalArgumentException("shared string index '" + valueText + "'");
            }
            index = index * 10 + (c - '0');
        }
        if (start == end) {
            throw new IllegalArgumentException("empty shared string index");
        }
        return index;
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
                    valueText.read(xml).appendTo(text);
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

    /** The column of a cell reference ("AB7" → 27) read from the parser's buffer, without making a string of it. */
    private static final class ColumnOfRef extends TypedValueDecoder {
        int column;

        @Override
        public void decode(String ref) {
            column = A1.column(ref);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            int col = 0;
            int i = start;
            for (; i < end && buffer[i] >= 'A' && buffer[i] <= 'Z'; i++) {
                col = col * 26 + (buffer[i] - 'A' + 1);
            }
            column = i == start ? -1 : col - 1;
        }

        @Override
        public void handleEmptyValue() {
            column = -1;
        }
    }

    /** A cell's type ("s", "str", …) as one of the types the format has, without making a string of it. */
    private static final class TypeOfCell extends TypedValueDecoder {
        private static final String[] TYPES = {"s", "n", "str", "b", "e", "inlineStr", "d"};
        String type;

        @Override
        public void decode(String text) {
            type = text;
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            for (String known : TYPES) {
                if (same(known, buffer, start, end)) {
                    type = known;
                    return;
                }
            }
            type = new String(buffer, start, end - start);
        }

        private static boolean same(String known, char[] buffer, int start, int end) {
            if (known.length() != end - start) {
                return false;
            }
            for (int i = 0; i < known.length(); i++) {
                if (known.charAt(i) != buffer[start + i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void handleEmptyValue() {
            type = null;
        }
    }

    /**
     * A cell's number read from the parser's characters: whole numbers (most figures) digit by digit, others
     * by {@link Double#parseDouble}; text that is no number is refused, and the caller keeps it as text.
     */
    private static final class NumberValue {
        double value;

        /** @return whether the characters are a number, then in {@link #value} */
        boolean parse(char[] text, int length) {
            int start = 0;
            int end = length;
            while (start < end && text[start] <= ' ') {
                start++;
            }
            while (end > start && text[end - 1] <= ' ') {
                end--;
            }
            if (start == end) {
                return false;
            }
            boolean negative = text[start] == '-';
            int i = negative ? start + 1 : start;
            long whole = 0;
            for (; i < end && i - start < 16 && text[i] >= '0' && text[i] <= '9'; i++) {
                whole = whole * 10 + (text[i] - '0');
            }
            if (i == end && end > (negative ? start + 1 : start)) {
                value = negative ? -whole : whole;
                return true;
            }
            try {
                value = Double.parseDouble(new String(text, start, end - start));
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
