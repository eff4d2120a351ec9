package th.go.moc.ops.sor301hub.workbook;

/** A1-style references, zero-based row and column inside the code, one-based in text. */
public final class CellRef {

    private CellRef() {
    }

    public static String of(int row, int col) {
        return columnLetters(col) + (row + 1);
    }

    public static String columnLetters(int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** The zero-based column of "AB7" (27); -1 when the reference has no letters. */
    public static int column(CharSequence ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return i == 0 ? -1 : col - 1;
    }
}
