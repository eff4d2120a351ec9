package th.go.moc.ops.sor301hub.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared-strings table (xl/sharedStrings.xml): each item's text, rich-text runs joined,
 * phonetic hints (rPh) left out. The one structure that grows with the file; a few hundred rows of Thai
 * text make well under a megabyte.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(new String[0]);

    private final String[] items;

    private SharedStrings(String[] items) {
        this.items = items;
    }

    static SharedStrings read(XMLStreamReader xml) throws XMLStreamException {
        List<String> items = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        ElementText element = new ElementText();
        int phonetic = 0;
        boolean inItem = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> {
                        inItem = true;
                        text.setLength(0);
                    }
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        if (inItem && phonetic == 0) {
                            element.read(xml).appendTo(text);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> {
                        items.add(text.toString());
                        inItem = false;
                    }
                    case "rPh" -> phonetic--;
                    default -> { }
                }
            }
        }
        return new SharedStrings(items.toArray(String[]::new));
    }

    /** @throws IllegalArgumentException for an index the table does not have (a damaged file) */
    String get(int index) {
        if (index < 0 || index >= items.length) {
            throw new IllegalArgumentException("shared string " + index + " of " + items.length);
        }
        return items[index];
    }
}
