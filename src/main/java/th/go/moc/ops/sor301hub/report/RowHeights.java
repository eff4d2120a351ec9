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
        row.setHeightInPoints(points(texts, widths));
    }

    /** The height, in points, that shows every line of the texts; the arguments are as for {@link #fit}. */
    static float points(String[] texts, int[] widths) {
        return lines(texts, widths) * LINE_POINTS + 4;
    }

    static int lines(String[] texts, int[] widths) {
        int lines = 1;
        for (int c = 0; c < texts.length && c < widths.length; c++) {
            if (texts[c] != null) {
                lines = Math.max(lines, lines(texts[c], (int) Math.max(1, widths[c] * CHARS_PER_WIDTH)));
            }
        }
        return lines;
    }

    /** Lines of {@code perLine} visible characters each, a new one at every line break. */
    private static int lines(String text, int perLine) {
        int lines = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                lines += Math.max(1, (visible + perLine - 1) / perLine);
                visible = 0;
            } else if (!takesNoWidth(ch)) {
                visible++;
            }
        }
        return lines + Math.max(1, (visible + perLine - 1) / perLine);
    }

    /** Thai vowel and tone marks above and below a consonant take no width of their own. */
    private static boolean takesNoWidth(char ch) {
        if (ch < 0x300) {
            return false;
        }
        if (ch >= 0x0E00 && ch <= 0x0E7F) {
            // The Thai block's marks, as Character.getType has them, without the lookup: most of a report is Thai.
            return ch == 0x0E31 || ch >= 0x0E34 && ch <= 0x0E3A || ch >= 0x0E47 && ch <= 0x0E4E;
        }
        int type = Character.getType(ch);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
