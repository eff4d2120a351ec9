package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import th.go.moc.ops.sor301hub.sor301.A1;

/**
 * A worksheet's rows written as SpreadsheetML straight into the workbook's zip: the {@code sheetData}
 * element, then the merged ranges. Rows go downwards and cells rightwards, as they will be read; text is
 * written inline, or as a number in the workbook's shared texts for texts that repeat, escaped and encoded
 * byte by byte into one buffer ({@link XmlBytes}). POI's streaming writer did the
 * same work through a character writer and a temporary file, at three to four times the cost of deflating
 * its output.
 */
final class SheetRows {

    /** Column letters as bytes, A to ZZ (a report sheet has a few dozen columns at most). */
    private static final byte[][] COLUMNS = new byte[26 * 27][];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = A1.columnLetters(c).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final XmlBytes xml;
    private final SharedTexts shared;
    private final List<int[]> merges = new ArrayList<>();
    private int row = -1;
    private int col = -1;
    private boolean rowOpen;

    SheetRows(OutputStream out, SharedTexts shared) throws IOException {
        this.xml = new XmlBytes(out);
        this.shared = shared;
        xml.ascii("<sheetData>");
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
        xml.ascii("<row r=\"");
        xml.integer(r + 1L);
        if (!Float.isNaN(points)) {
            xml.ascii("\" ht=\"");
            xml.ascii(Float.toString(points));
            xml.ascii("\" customHeight=\"1");
        }
        xml.ascii("\">");
        row = r;
        col = -1;
        rowOpen = true;
    }

    /** A text cell; null leaves it empty but styled, so that its borders show. */
    void text(int c, String text, CellStyle style) throws IOException {
        start(c, style);
        if (text == null) {
            xml.ascii("/>");
            return;
        }
        xml.ascii(" t=\"inlineStr\"><is>");
        xml.textElement(text);
        xml.ascii("</is></c>");
    }

    /** A text cell that refers to the workbook's shared texts when the text is one of them, else as {@link #text}. */
    void shared(int c, String text, CellStyle style) throws IOException {
        int index = text == null ? -1 : shared.indexOf(text);
        if (index < 0) {
            text(c, text, style);
            return;
        }
        start(c, style);
        xml.ascii(" t=\"s\"><v>");
        xml.integer(index);
        xml.ascii("</v></c>");
    }

    /** A number cell; null, NaN and infinity leave it empty but styled. */
    void number(int c, Double value, CellStyle style) throws IOException {
        start(c, style);
        if (value == null || !Double.isFinite(value)) {
            xml.ascii("/>");
            return;
        }
        xml.ascii("><v>");
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            xml.integer((long) v);
        } else {
            xml.ascii(Double.toString(v));
        }
        xml.ascii("</v></c>");
    }

    /** The current row's cells from {@code firstCol} to {@code lastCol} shown as one. */
    void mergeAcross(int firstCol, int lastCol) {
        merges.add(new int[] {row, firstCol, lastCol});
    }

    /** Closes the rows and writes the merged ranges; the caller goes on with the rest of the sheet. */
    void finish() throws IOException {
        endRow();
        xml.ascii("</sheetData>");
        if (!merges.isEmpty()) {
            xml.ascii("<mergeCells count=\"");
            xml.integer(merges.size());
            xml.ascii("\">");
            for (int[] m : merges) {
                xml.ascii("<mergeCell ref=\"");
                ref(m[0], m[1]);
                xml.put(':');
                ref(m[0], m[2]);
                xml.ascii("\"/>");
            }
            xml.ascii("</mergeCells>");
        }
        xml.flush();
    }

    private void start(int c, CellStyle style) throws IOException {
        if (!rowOpen || c <= col) {
            throw new IllegalStateException("cell " + (c + 1) + " of row " + (row + 1) + ": cells are written rightwards in a row");
        }
        col = c;
        xml.ascii("<c r=\"");
        ref(row, c);
        xml.put('"');
        if (style != null && style.getIndex() != 0) {
            xml.ascii(" s=\"");
            xml.integer(style.getIndex());
            xml.put('"');
        }
    }

    private void endRow() throws IOException {
        if (rowOpen) {
            xml.ascii("</row>");
            rowOpen = false;
        }
    }

    private void ref(int r, int c) throws IOException {
        xml.raw(COLUMNS[c]);
        xml.integer(r + 1L);
    }

}
