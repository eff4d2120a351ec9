package th.go.moc.ops.sor301hub.mapping;

/** One workbook layout that units send, as described by a file in {@code mappings/layouts/}. */
public record Layout(String id, String name, String source, TitleSpec title, TableSpec performance, TableSpec budget) {

    /** The fields the code knows how to read, by table. */
    public static final java.util.Set<String> PERFORMANCE_FIELDS = java.util.Set.of(
            "level", "programme", "serviceTarget", "outputProject", "activity", "indicatorCode", "indicator",
            "kind", "unitOfCount", "direction", "annualTarget", "month", "plan", "result", "cumulative",
            "cumulativePlan", "resultNarrative", "problems", "remedies", "publish");

    public static final java.util.Set<String> BUDGET_FIELDS = java.util.Set.of(
            "outputProject", "category", "allocation", "plan", "disbursed", "committed");
}
