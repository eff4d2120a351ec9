package th.go.moc.ops.sor301hub.report;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights that hold wrapped Thai text. Excel fits rows on opening, but a printout, LibreOffice
 * and PDF export keep whatever height the file says, so the writers set it themselves.
 */
public final class RowHeights {

    /**
     * Points per line and characters per unit of column width for 16 pt Thai, with room for the fallback
     * fonts LibreOffice uses where TH SarabunPSK is not installed (they run taller and wider).
     */
    public static final float LINE_POINTS = 24f;
    private static final double CHARS_PER_WIDTH = 0.8;

    private RowHeights() {
    }

    /**
     * @param texts  each cell's text (null for none)
     * @param widths each column's width in characters, as given to {@code setColumnWidth(c, width * 256)}
     */
    public static void fit(Row row, String[] texts, int[] widths) {
        row.setHeightInPoints(lines(texts, widths) * LINE_POINTS + 4);
    }

    static int lines(String[] texts, int[] widths) {
        int lines = 1;
        for (int c = 0; c < texts.length && c < widths.length; c++) {
            if (texts[c] == null) {
                continue;
            }
            int perLine = (int) Math.max(1, widths[c] * CHARS_PER_WIDTH);
            int cellLines = 0;
            for (String part : texts[c].split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(visibleLength(part) / (double) perLine));
            }
            lines = Math.max(lines, cellLines);
        }
        return lines;
    }

    /** Thai vowel and tone marks above and below a consonant take no width of their own. */
    private static int visibleLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int type = Character.getType(text.charAt(i));
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                n++;
            }
        }
        return n;
    }
}
