package th.go.moc.ops.sor301hub.workbook;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of the element a reader is on, up to its end tag, copied from the parser's buffer into one
 * buffer reused from element to element: unlike {@code getElementText}, no string is made for each value
 * (a sheet has one per cell).
 */
final class ElementText {

    private char[] chars = new char[64];
    private int length;

    /** Reads the element's text, moving the reader to its end tag; an element inside it is a damaged file. */
    ElementText read(XMLStreamReader xml) throws XMLStreamException {
        length = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return this;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int n = xml.getTextLength();
                if (length + n > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + n));
                }
                System.arraycopy(xml.getTextCharacters(), xml.getTextStart(), chars, length, n);
                length += n;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("an element inside a text", xml.getLocation());
            }
        }
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    void appendTo(StringBuilder to) {
        to.append(chars, 0, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
