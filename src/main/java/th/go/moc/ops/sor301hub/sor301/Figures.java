package th.go.moc.ops.sor301hub.sor301;

import java.math.BigDecimal;

/** Figures as people read them: "1,234.5", never "1234.5000000001". */
public final class Figures {

    private Figures() {
    }

    public static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        String digits = rounded.abs().toPlainString();
        int dot = digits.indexOf('.');
        int whole = dot < 0 ? digits.length() : dot;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        // Thousands grouped by hand: String.format parses its pattern anew on every call, thousands of times a report.
        int first = whole % 3 == 0 ? 3 : whole % 3;
        out.append(digits, 0, first);
        for (int i = first; i < whole; i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.append(digits, whole, digits.length()).toString();
    }

    /** A figure for a machine: "1234.5", no grouping, no trailing zeros, never in exponent form. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
