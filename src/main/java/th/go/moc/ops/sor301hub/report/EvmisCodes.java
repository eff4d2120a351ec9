package th.go.moc.ops.sor301hub.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import th.go.moc.ops.sor301hub.mapping.MappingFiles;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/** Our units, outputs/projects, activities and indicators → EvMIS codes, from {@code mappings/evmis/codes.yaml}. */
public final class EvmisCodes {

    private final Map<String, Map<String, String>> tables = new HashMap<>();

    public EvmisCodes(Map<String, Map<String, String>> tables) {
        tables.forEach((name, table) -> {
            Map<String, String> byKey = new HashMap<>();
            table.forEach((k, v) -> byKey.put(ThaiText.key(k), v));
            this.tables.put(name, byKey);
        });
    }

    public static EvmisCodes load(Path mappingsFolder) {
        Map<String, Object> root = MappingFiles.yaml(mappingsFolder, "evmis/codes.yaml");
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (String name : new String[] {"units", "outputs-projects", "activities", "indicators"}) {
            Map<String, String> table = new HashMap<>();
            if (root.get(name) instanceof Map<?, ?> m) {
                m.forEach((k, v) -> table.put(String.valueOf(k), String.valueOf(v)));
            }
            tables.put(name, table);
        }
        return new EvmisCodes(tables);
    }

    /** The code for a name in one table ("units", "outputs-projects", "activities", "indicators"), or null. */
    public String code(String table, String name) {
        return name == null ? null : tables.getOrDefault(table, Map.of()).get(ThaiText.key(name));
    }
}
