package th.go.moc.ops.sor301hub.sor301;

import java.util.Arrays;
import java.util.Objects;

/** Twelve figures, fiscal month 1 (ต.ค.) to 12 (ก.ย.); a month not reported is null. Immutable. */
public final class MonthlySeries {

    public static final MonthlySeries EMPTY = new MonthlySeries(new Double[12]);

    private final Double[] values;

    private MonthlySeries(Double[] values) {
        this.values = values;
    }

    public static MonthlySeries of(Double... values) {
        if (values.length != 12) {
            throw new IllegalArgumentException("twelve months expected, got " + values.length);
        }
        return new MonthlySeries(values.clone());
    }

    /** The twelve figures, ต.ค. first, a month not reported null (a copy). */
    public Double[] toArray() {
        return values.clone();
    }

    /** @param fiscalMonth 1 (ต.ค.) to 12 (ก.ย.) */
    public Double get(int fiscalMonth) {
        return values[fiscalMonth - 1];
    }

    public MonthlySeries with(int fiscalMonth, Double value) {
        Double[] copy = values.clone();
        copy[fiscalMonth - 1] = value;
        return new MonthlySeries(copy);
    }

    /** The sum from ต.ค. to the given month, missing months counted as nothing. */
    public double sumTo(int fiscalMonth) {
        double sum = 0;
        for (int m = 0; m < fiscalMonth; m++) {
            if (values[m] != null) {
                sum += values[m];
            }
        }
        return sum;
    }

    public boolean isEmpty() {
        return Arrays.stream(values).allMatch(Objects::isNull);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlySeries other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
