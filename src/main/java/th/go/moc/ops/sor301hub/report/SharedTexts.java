package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook's shared strings: texts that repeat over its rows and sheets (outputs, activities, indicators,
 * units, results, obstacles), written once in {@code xl/sharedStrings.xml} and referred to by number from
 * their cells — a third less XML to make and to deflate for a month's workbook. Filled before the sheets
 * are written, in the order the texts are offered, so the file is the same from run to run; only read while
 * the sheets are written side by side.
 */
final class SharedTexts {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    void add(String text) {
        if (text != null && !text.isEmpty() && !index.containsKey(text)) {
            index.put(text, texts.size());
            texts.add(text);
        }
    }

    /** @return the text's number, or -1 if it is not shared */
    int indexOf(String text) {
        Integer i = index.get(text);
        return i == null ? -1 : i;
    }

    void write(OutputStream out) throws IOException {
        XmlBytes xml = new XmlBytes(out);
        xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"");
        xml.integer(texts.size());
        xml.ascii("\">");
        for (String text : texts) {
            xml.ascii("<si>");
            xml.textElement(text);
            xml.ascii("</si>");
        }
        xml.ascii("</sst>");
        xml.flush();
    }
}
