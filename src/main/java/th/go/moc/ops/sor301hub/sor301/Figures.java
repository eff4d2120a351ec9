package th.go.moc.ops.sor301hub.sor301;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as people read them: "1,234.5", never "1234.5000000001". */
public final class Figures {

    private Figures() {
    }

    /** Rounded half up to two decimals, as {@code BigDecimal.valueOf(value)} would be; thousands grouped. */
    public static String format(double value) {
        String rounded = hundredths(Math.abs(value));
        int whole = rounded.length() - 2;
        int end = rounded.length();
        while (end > whole && rounded.charAt(end - 1) == '0') {
            end--;
        }
        StringBuilder out = new StringBuilder(end + whole / 3 + 2);
        if (value < 0 && !(end == whole && rounded.chars().allMatch(c -> c == '0'))) {
            out.append('-');
        }
        // Thousands grouped by hand: String.format parses its pattern anew on every call, thousands of times a report.
        int first = whole % 3 == 0 ? 3 : whole % 3;
        out.append(rounded, 0, first);
        for (int i = first; i < whole; i += 3) {
            out.append(',').append(rounded, i, i + 3);
        }
        if (end > whole) {
            out.append('.').append(rounded, whole, end);
        }
        return out.toString();
    }

    /**
     * A positive figure in hundredths, rounded half up, as digits: "123456" for 1234.555, "005" for 0.05.
     * Double.toString's digits are the ones BigDecimal.valueOf reads; they are rounded here without it, as a
     * report formats tens of thousands of figures. Figures it writes with an exponent (below 0.001, from ten
     * million up) and NaN or infinity (which BigDecimal refuses) go through BigDecimal.
     */
    private static String hundredths(double value) {
        String digits = Double.toString(value);
        if (digits.indexOf('E') >= 0 || !Double.isFinite(value)) {
            String unscaled = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).unscaledValue().toString();
            return "0".repeat(Math.max(0, 3 - unscaled.length())) + unscaled;
        }
        int dot = digits.indexOf('.');
        char[] kept = new char[dot + 2];
        digits.getChars(0, dot, kept, 0);
        for (int i = 0; i < 2; i++) {
            kept[dot + i] = dot + 1 + i < digits.length() ? digits.charAt(dot + 1 + i) : '0';
        }
        if (dot + 3 < digits.length() && digits.charAt(dot + 3) >= '5') {
            int i = kept.length - 1;
            while (i >= 0 && kept[i] == '9') {
                kept[i--] = '0';
            }
            if (i < 0) {
                return "1" + new String(kept);
            }
            kept[i]++;
        }
        return new String(kept);
    }

    /** A figure for a machine: "1234.5", no grouping, no trailing zeros, never in exponent form. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
