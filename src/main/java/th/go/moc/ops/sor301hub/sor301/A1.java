package th.go.moc.ops.sor301hub.sor301;

/** A1-style cell names: zero-based row and column inside the code, one-based in text ("AB7"). */
public final class A1 {

    private A1() {
    }

    public static String of(int row, int col) {
        return columnLetters(col) + (row + 1);
    }

    public static String columnLetters(int col) {
        char[] letters = new char[8];
        int at = letters.length;
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters[--at] = (char) ('A' + (c - 1) % 26);
        }
        return new String(letters, at, letters.length - at);
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

    /** The zero-based row of "AB7" (6); -1 when it has no digits. */
    public static int row(CharSequence ref) {
        int row = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                digits = true;
            }
        }
        return digits ? row - 1 : -1;
    }
}
