package th.go.moc.ops.sor301hub.report;

import java.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights that hold wrapped Thai text. Excel fits rows on opening, but a printout, LibreOffice
 * and PDF export keep whatever height the file says, so the writers set it themselves.
 */
public final class RowHeights {

    /**
     * Points per line and characters per unit of column width for 16 pt Thai, with room for the fallback
     * fonts LibreOffice uses where TH SarabunPSK is not installed (they run taller and wider). Measured
     * against LibreOffice's own optimal heights with Laksaman (ConsolidatedWorkbookTest): at 0.85 characters
     * a unit the form's rows lost a line, at 0.75 none did.
     */
    public static final float LINE_POINTS = 27f;
    private static final double CHARS_PER_WIDTH = 0.75;
    private static final Locale THAI = Locale.forLanguageTag("th");
    /** Each thread's line breaker (making one costs more than using it) and the texts it has wrapped lately. */
    private static final ThreadLocal<BreakIterator> LINE_BREAKS = ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(THAI));
    private static final ThreadLocal<Map<String, Integer>> WRAPPED = ThreadLocal.withInitial(HashMap::new);
    private static final int REMEMBERED = 20_000;

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

    /**
     * Lines of at most {@code perLine} visible characters, a new one at every line break, broken between
     * words as a spreadsheet wraps them (Thai words found by the JDK's dictionary): a narrow column loses
     * the end of most lines to a word that does not fit.
     */
    private static int lines(String text, int perLine) {
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            String paragraph = end < 0 ? text.substring(start) : text.substring(start, end);
            lines += wrapped(paragraph, perLine);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    private static int wrapped(String paragraph, int perLine) {
        if (visible(paragraph, 0, paragraph.length()) <= perLine) {
            return 1;
        }
        // A month's workbook wraps the same texts (an indicator's name, a unit's words) many times over.
        Map<String, Integer> known = WRAPPED.get();
        String key = perLine + "\u0000" + paragraph;
        Integer lines = known.get(key);
        if (lines == null) {
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            lines = wordWrapped(paragraph, perLine);
            known.put(key, lines);
        }
        return lines;
    }

    private static int wordWrapped(String paragraph, int perLine) {
        BreakIterator words = LINE_BREAKS.get();
        words.setText(paragraph);
        int lines = 1;
        int used = 0;
        for (int from = words.first(), to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
            int word = visible(paragraph, from, to);
            if (used + word > perLine && used > 0) {
                lines++;
                used = 0;
            }
            // A word longer than a line is cut wherever the line ends.
            while (word > perLine) {
                lines++;
                word -= perLine;
            }
            used += word;
        }
        return lines;
    }

    private static int visible(String text, int from, int to) {
        int visible = 0;
        for (int i = from; i < to; i++) {
            if (!takesNoWidth(text.charAt(i))) {
                visible++;
            }
        }
        return visible;
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
