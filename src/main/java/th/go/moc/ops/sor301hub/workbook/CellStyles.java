package th.go.moc.ops.sor301hub.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * Which cell styles (the "s" index of a cell) show numbers as dates or as percentages, read from
 * xl/styles.xml: the custom number formats, then each cellXfs entry's format. Nothing else of the
 * styles matters to reading figures.
 */
final class CellStyles {

    static final CellStyles NONE = new CellStyles(new NumberStyle[0]);

    private final NumberStyle[] styles;

    private CellStyles(NumberStyle[] styles) {
        this.styles = styles;
    }

    static CellStyles read(XMLStreamReader xml) throws XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        List<NumberStyle> styles = new ArrayList<>();
        boolean inCellXfs = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmt" -> custom.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                            xml.getAttributeValue(null, "formatCode"));
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = xml.getAttributeValue(null, "numFmtId");
                            styles.add(style(id == null ? 0 : Integer.parseInt(id), custom));
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                inCellXfs = false;
            }
        }
        return new CellStyles(styles.toArray(NumberStyle[]::new));
    }

    private static NumberStyle style(int formatId, Map<Integer, String> custom) {
        String format = custom.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
        return new NumberStyle(NumberFormats.isDate(formatId, format), NumberFormats.isPercent(format));
    }

    /** The style of a cell's "s" attribute; plain for none or one the file does not define. */
    NumberStyle of(int index) {
        return index >= 0 && index < styles.length ? styles[index] : NumberStyle.PLAIN;
    }

    record NumberStyle(boolean date, boolean percent) {
        static final NumberStyle PLAIN = new NumberStyle(false, false);
    }
}
