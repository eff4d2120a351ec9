package th.go.moc.ops.sor301hub.validation;

import java.math.BigDecimal;

/** Figures in messages: "1,234.5", never "1234.5000000001". */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return String.format(java.util.Locale.ROOT, "%,." + Math.max(rounded.scale(), 0) + "f", rounded);
    }
}
