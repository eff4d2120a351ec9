package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * XML as UTF-8 bytes, encoded and escaped here into one buffer and handed on 64 KiB at a time: a report's
 * tens of megabytes of Thai text go through no character writer and no temporary string.
 */
final class XmlBytes {

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    private final byte[] digits = new byte[20];
    /** A text's characters, copied once: reading them from the string one by one costs a bounds check each. */
    private char[] chars = new char[1024];

    XmlBytes(OutputStream out) {
        this.out = out;
    }

    /** Bytes as they are, for markup already encoded. */
    void raw(byte[] bytes) throws IOException {
        room(bytes.length);
        System.arraycopy(bytes, 0, buf, n, bytes.length);
        n += bytes.length;
    }

    /**
     * A {@code <t>} element of SpreadsheetML holding the text, its spaces kept where a reader would drop them
     * (at either end).
     */
    void textElement(String text) throws IOException {
        ascii("<t");
        if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
            ascii(" xml:space=\"preserve\"");
        }
        put('>');
        escaped(text);
        ascii("</t>");
    }

    /**
     * UTF-8 with XML's three escapes; characters XML 1.0 cannot hold (control characters, a lone half of a
     * surrogate pair) and the underscore of a literal "_xHHHH_" are written as SpreadsheetML's {@code _xHHHH_}, which Excel and
     * LibreOffice read back as the character.
     */
    void escaped(String s) throws IOException {
        int len = s.length();
        if (chars.length < len) {
            chars = new char[Math.max(len, 2 * chars.length)];
        }
        s.getChars(0, len, chars, 0);
        for (int i = 0; i < len; i++) {
            char ch = chars[i];
            if (n + 12 > buf.length) {
                flush();
            }
            if (ch >= 0x20 && ch < 0x80) {
                switch (ch) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '_' -> {
                        if (looksEscaped(s, i)) {
                            escapedCode(ch);
                        } else {
                            buf[n++] = '_';
                        }
                    }
                    default -> buf[n++] = (byte) ch;
                }
            } else if (ch == '\n' || ch == '\t' || ch == '\r') {
                buf[n++] = (byte) ch;
            } else if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                escapedCode(ch);
            } else if (ch < 0x800) {
                buf[n++] = (byte) (0xC0 | ch >> 6);
                buf[n++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(ch, chars[++i]);
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                escapedCode(ch);
            } else {
                buf[n++] = (byte) (0xE0 | ch >> 12);
                buf[n++] = (byte) (0x80 | ch >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | ch & 0x3F);
            }
        }
    }

    /** "_x0041_" in a unit's text would read back as "A": its underscore is escaped too. */
    private static boolean looksEscaped(String s, int at) {
        if (at + 6 >= s.length() || s.charAt(at + 1) != 'x' || s.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void escapedCode(char ch) {
        String hex = "0123456789ABCDEF";
        buf[n++] = '_';
        buf[n++] = 'x';
        for (int shift = 12; shift >= 0; shift -= 4) {
            buf[n++] = (byte) hex.charAt(ch >> shift & 0xF);
        }
        buf[n++] = '_';
    }

    void integer(long v) throws IOException {
        room(21);
        if (v < 0) {
            buf[n++] = '-';
            v = -v;
        }
        int d = digits.length;
        do {
            digits[--d] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        System.arraycopy(digits, d, buf, n, digits.length - d);
        n += digits.length - d;
    }

    /** Markup: ASCII only, nothing escaped. */
    void ascii(String s) throws IOException {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    void put(char ch) throws IOException {
        room(1);
        buf[n++] = (byte) ch;
    }

    private void room(int bytes) throws IOException {
        if (n + bytes > buf.length) {
            flush();
        }
    }

    /** Hands on what is buffered. */
    void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }
}
