package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * A worksheet's rows written as SpreadsheetML straight into the workbook's zip: the {@code sheetData}
 * element, then the merged ranges. Rows go downwards and cells rightwards, as they will be read; text is
 * written inline, escaped and encoded here, byte by byte into one buffer. POI's streaming writer did the
 * same work through a character writer and a temporary file, at three to four times the cost of deflating
 * its output.
 */
final class SheetRows {

    private static final byte[][] COLUMNS = new byte[26 * 27][];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            String letters = c < 26 ? String.valueOf((char) ('A' + c))
                    : String.valueOf((char) ('A' + c / 26 - 1)) + (char) ('A' + c % 26);
            COLUMNS[c] = letters.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    private final byte[] digits = new byte[20];
    /** A text's characters, copied once: reading them from the string one by one costs a bounds check each. */
    private char[] chars = new char[1024];
    private final List<int[]> merges = new ArrayList<>();
    private int row = -1;
    private int col = -1;
    private boolean rowOpen;

    SheetRows(OutputStream out) throws IOException {
        this.out = out;
        ascii("<sheetData>");
    }

    /** Starts row {@code r} (from 0) at Excel's default height. */
    void row(int r) throws IOException {
        row(r, Float.NaN);
    }

    /** Starts row {@code r} (from 0), {@code points} high; NaN leaves the height to the reader. */
    void row(int r, float points) throws IOException {
        if (r <= row) {
            throw new IllegalStateException("row " + (r + 1) + " after row " + (row + 1) + ": rows are written downwards");
        }
        endRow();
        ascii("<row r=\"");
        integer(r + 1L);
        if (!Float.isNaN(points)) {
            ascii("\" ht=\"");
            ascii(Float.toString(points));
            ascii("\" customHeight=\"1");
        }
        ascii("\">");
        row = r;
        col = -1;
        rowOpen = true;
    }

    /** A text cell; null leaves it empty but styled, so that its borders show. */
    void text(int c, String text, CellStyle style) throws IOException {
        start(c, style);
        if (text == null) {
            ascii("/>");
            return;
        }
        ascii(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
            ascii(" xml:space=\"preserve\"");
        }
        put('>');
        escaped(text);
        ascii("</t></is></c>");
    }

    /** A number cell; null, NaN and infinity leave it empty but styled. */
    void number(int c, Double value, CellStyle style) throws IOException {
        start(c, style);
        if (value == null || !Double.isFinite(value)) {
            ascii("/>");
            return;
        }
        ascii("><v>");
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            integer((long) v);
        } else {
            ascii(Double.toString(v));
        }
        ascii("</v></c>");
    }

    /** The current row's cells from {@code firstCol} to {@code lastCol} shown as one. */
    void mergeAcross(int firstCol, int lastCol) {
        merges.add(new int[] {row, firstCol, lastCol});
    }

    /** Closes the rows and writes the merged ranges; the caller goes on with the rest of the sheet. */
    void finish() throws IOException {
        endRow();
        ascii("</sheetData>");
        if (!merges.isEmpty()) {
            ascii("<mergeCells count=\"");
            integer(merges.size());
            ascii("\">");
            for (int[] m : merges) {
                ascii("<mergeCell ref=\"");
                ref(m[0], m[1]);
                put(':');
                ref(m[0], m[2]);
                ascii("\"/>");
            }
            ascii("</mergeCells>");
        }
        out.write(buf, 0, n);
        n = 0;
    }

    private void start(int c, CellStyle style) throws IOException {
        if (!rowOpen || c <= col) {
            throw new IllegalStateException("cell " + (c + 1) + " of row " + (row + 1) + ": cells are written rightwards in a row");
        }
        col = c;
        ascii("<c r=\"");
        ref(row, c);
        put('"');
        if (style != null && style.getIndex() != 0) {
            ascii(" s=\"");
            integer(style.getIndex());
            put('"');
        }
    }

    private void endRow() throws IOException {
        if (rowOpen) {
            ascii("</row>");
            rowOpen = false;
        }
    }

    private void ref(int r, int c) throws IOException {
        room(32);
        byte[] letters = COLUMNS[c];
        System.arraycopy(letters, 0, buf, n, letters.length);
        n += letters.length;
        integer(r + 1L);
    }

    /**
     * UTF-8 with XML's three escapes; characters XML 1.0 cannot hold (control characters, a lone half of a
     * surrogate pair) and the underscore of a literal "_xHHHH_" are written as SpreadsheetML's {@code _xHHHH_}, which Excel and
     * LibreOffice read back as the character.
     */
    private void escaped(String s) throws IOException {
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

    private void integer(long v) throws IOException {
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

    private void ascii(String s) throws IOException {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    private void put(char ch) throws IOException {
        room(1);
        buf[n++] = (byte) ch;
    }

    private void room(int bytes) throws IOException {
        if (n + bytes > buf.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }
}
