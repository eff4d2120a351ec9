package th.go.moc.ops.sor301hub.mapping;

import java.util.List;

/** One workbook layout that units send, as described by a file in {@code mappings/layouts/}. */
public record Layout(String id, String name, String source, TitleSpec title, TableSpec performance, TableSpec budget,
                     List<String> nilMarkers) {

    /**
     * What units type in a figure's cell for "nothing to report", when a layout's {@code nil:} does not say
     * otherwise. Dashes ("-", "–", "—") are always nil.
     */
    public static final List<String> NIL_MARKERS = List.of("-", "–", "—", "n/a", "N/A", "ไม่มี");

    /** The fields the code knows how to read, by table. */
    public static final java.util.Set<String> PERFORMANCE_FIELDS = java.util.Set.of(
            "level", "programme", "serviceTarget", "outputProject", "activity", "indicatorCode", "indicator",
            "kind", "unitOfCount", "direction", "annualTarget", "month", "plan", "result", "cumulative",
            "cumulativePlan", "resultNarrative", "problems", "remedies", "publish");

    public static final java.util.Set<String> BUDGET_FIELDS = java.util.Set.of(
            "outputProject", "category", "allocation", "plan", "disbursed", "committed");
}
