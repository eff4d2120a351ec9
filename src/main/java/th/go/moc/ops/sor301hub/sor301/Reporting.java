package th.go.moc.ops.sor301hub.sor301;

/** How a unit reported a line: month by month, or only its cumulative figure so far. */
public enum Reporting {
    /** Plan and result for each month (template v1, or one row per month in a "long" layout). */
    MONTHLY,
    /** Only the cumulative result (and perhaps plan) from ต.ค. to the reporting month. */
    CUMULATIVE
}
