package th.go.moc.ops.sor301hub.sor301;

/**
 * How monthly figures make a cumulative one. Counts (ราย, คน, ครั้ง) add up from ต.ค.; a rate, a level
 * or an average time (ร้อยละ, ระดับ, วัน) does not: its cumulative is the latest month reported.
 * Which indicators are which is configuration ({@code mappings/cumulation.yaml}).
 */
public enum Cumulation {
    SUM, LATEST;

    public double apply(MonthlySeries series, int fiscalMonth) {
        if (this == SUM) {
            return series.sumTo(fiscalMonth);
        }
        for (int m = fiscalMonth; m >= 1; m--) {
            if (series.get(m) != null) {
                return series.get(m);
            }
        }
        return 0;
    }
}
