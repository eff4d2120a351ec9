package th.go.moc.ops.sor301hub.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.go.moc.ops.sor301hub.mapping.LayoutFileException;
import th.go.moc.ops.sor301hub.mapping.MappingFiles;

/** The columns of the BB EvMIS upload file, in order, from {@code mappings/evmis/layout.yaml}. */
public record EvmisLayout(List<Column> columns) {

    public record Column(String header, String value) {
    }

    static final Set<String> VALUES = Set.of("fiscal-year", "month", "period", "unit-code", "unit-name", "programme",
            "service-target", "project-code", "output-project", "activity-code", "activity", "indicator-code", "indicator",
            "unit-of-count", "annual-target", "month-plan", "month-result", "cumulative-plan", "cumulative-result",
            "percent-of-annual");

    public static EvmisLayout load(Path mappingsFolder) {
        Object list = MappingFiles.yaml(mappingsFolder, "evmis/layout.yaml").get("columns");
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            throw new LayoutFileException("mappings/evmis/layout.yaml: 'columns' is missing or empty", null);
        }
        List<Column> columns = new ArrayList<>();
        for (Object o : entries) {
            Map<?, ?> m = (Map<?, ?>) o;
            String value = String.valueOf(m.get("value"));
            if (!VALUES.contains(value)) {
                throw new LayoutFileException("mappings/evmis/layout.yaml: unknown value '" + value + "'; known: "
                        + new java.util.TreeSet<>(VALUES), null);
            }
            columns.add(new Column(String.valueOf(m.get("header")), value));
        }
        return new EvmisLayout(columns);
    }
}
