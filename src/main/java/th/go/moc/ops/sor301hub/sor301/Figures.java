package th.go.moc.ops.sor301hub.sor301;

import java.math.BigDecimal;

/** Figures as people read them: "1,234.5", never "1234.5000000001". */
public final class Figures {

    private Figures() {
    }

    public static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return String.format(java.util.Locale.ROOT, "%,." + Math.max(rounded.scale(), 0) + "f", rounded);
    }

    /** A figure for a machine: "1234.5", no grouping, no trailing zeros, never in exponent form. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
