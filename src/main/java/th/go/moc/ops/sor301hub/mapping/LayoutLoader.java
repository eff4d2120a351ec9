package th.go.moc.ops.sor301hub.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * Loads layouts: those shipped inside the application ({@code mappings/layouts/*.yaml} on the class
 * path), then those in an optional folder, which add layouts or replace one with the same id.
 */
public final class LayoutLoader {

    /** The other files of mappings/ that an override folder may hold. */
    private static final List<String> HIERARCHY_LEVELS = List.of("programme", "serviceTarget", "outputProject", "activity");
    private static final Set<String> NOT_LAYOUTS = Set.of("units.yaml", "rules.yaml", "cumulation.yaml");

    private LayoutLoader() {
    }

    public static List<Layout> load(Path extraFolder) {
        Map<String, Layout> byId = new LinkedHashMap<>();
        try {
            Resource[] shipped = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:mappings/layouts/*.yaml");
            for (Resource r : shipped) {
                try (InputStream in = r.getInputStream()) {
                    Layout layout = parse(in, r.getFilename());
                    byId.put(layout.id(), layout);
                }
            }
            if (extraFolder != null) {
                Path layouts = Files.isDirectory(extraFolder.resolve("layouts")) ? extraFolder.resolve("layouts") : extraFolder;
                try (Stream<Path> files = Files.list(layouts)) {
                    // A folder without layouts/ may hold layouts at its top, beside the other files it overrides.
                    for (Path f : files.filter(p -> p.toString().endsWith(".yaml")
                            && !NOT_LAYOUTS.contains(p.getFileName().toString())).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(f)) {
                            Layout layout = parse(in, f.toString());
                            byId.put(layout.id(), layout);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new LayoutFileException("cannot read layouts: " + e.getMessage(), e);
        }
        if (byId.isEmpty()) {
            throw new LayoutFileException("no layout found in mappings/layouts", null);
        }
        return List.copyOf(byId.values());
    }

    public static Layout parse(InputStream in, String source) {
        try {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            String id = string(root, "id", source);
            Map<String, Object> title = map(root, "title", source);
            Map<String, Object> tables = map(root, "tables", source);
            TableSpec budget = tables.containsKey("budget")
                    ? table(map(tables, "budget", source), source, "budget", Layout.BUDGET_FIELDS) : null;
            return new Layout(id, string(root, "name", source), source,
                    new TitleSpec(strings(title.get("unit")), strings(title.get("period")), strings(title.get("fiscal-year"))),
                    table(map(tables, "performance", source), source, "performance", Layout.PERFORMANCE_FIELDS),
                    budget, root.containsKey("nil") ? strings(root.get("nil")) : Layout.NIL_MARKERS);
        } catch (LayoutFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LayoutFileException(source + ": " + e.getMessage(), e);
        }
    }

    private static TableSpec table(Map<String, Object> t, String source, String table, Set<String> known) {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(t, "columns", source).entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new LayoutFileException(source + ": table " + table + " has unknown field '" + e.getKey()
                        + "'; known fields: " + known, null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) e.getValue();
            List<String> headers = strings(c.get("headers"));
            if (headers.isEmpty()) {
                throw new LayoutFileException(source + ": field '" + e.getKey() + "' lists no headers", null);
            }
            columns.put(e.getKey(), ColumnSpec.of(e.getKey(), headers, bool(c, "required"), bool(c, "per-month"),
                    bool(c, "fill-down"), levels(c, e.getKey(), source)));
        }
        claimedOnce(columns, source, table);
        Object rows = t.getOrDefault("header-search-rows", 20);
        String percentages = String.valueOf(t.getOrDefault("plain-percentages", "percent"));
        if (!percentages.equals("percent") && !percentages.equals("fraction")) {
            throw new LayoutFileException(source + ": plain-percentages must be 'percent' (85 means 85%) or 'fraction'"
                    + " (0.85 means 85%), not '" + percentages + "'", null);
        }
        if (columns.containsKey("month") && columns.values().stream().anyMatch(ColumnSpec::perMonth)) {
            throw new LayoutFileException(source + ": a table with a 'month' column has one row per month;"
                    + " its columns cannot also be per-month", null);
        }
        return TableSpec.of(strings(t.get("sheets")), ((Number) rows).intValue(),
                !Boolean.FALSE.equals(t.get("required")), columns, percentages.equals("fraction"), strings(t.get("ignore")));
    }

    /**
     * Two fields of a table may not name the same header: the column would go to one of them and the other
     * would be left empty without a word. Said in Thai and English, naming both fields and the header.
     */
    private static void claimedOnce(Map<String, ColumnSpec> columns, String source, String table) {
        Map<String, String> claimedBy = new LinkedHashMap<>();
        for (ColumnSpec column : columns.values()) {
            for (String header : column.headers()) {
                String other = claimedBy.putIfAbsent(ThaiText.key(header), column.field());
                if (other != null && !other.equals(column.field())) {
                    throw new LayoutFileException(source + ": ตาราง " + table + " ช่อง '" + other + "' และ '"
                            + column.field() + "' ใช้หัวตาราง \"" + header + "\" เดียวกัน ให้เหลือไว้ช่องเดียว / table " + table
                            + ": fields '" + other + "' and '" + column.field() + "' both claim the header \"" + header
                            + "\"; give it to one of them", null);
                }
            }
        }
    }

    /** The hierarchy levels whose headings share the indicator column: {@code levels: {outputProject: [ผลผลิตที่]}}. */
    private static Map<String, List<String>> levels(Map<String, Object> column, String field, String source) {
        if (!(column.get("levels") instanceof Map<?, ?> given)) {
            return Map.of();
        }
        if (!field.equals("indicator")) {
            throw new LayoutFileException(source + ": 'levels' ใช้ได้กับช่อง indicator เท่านั้น / 'levels' belongs to the"
                    + " indicator field only, not '" + field + "'", null);
        }
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (Map.Entry<?, ?> level : given.entrySet()) {
            String name = String.valueOf(level.getKey());
            if (!HIERARCHY_LEVELS.contains(name)) {
                throw new LayoutFileException(source + ": levels: '" + name + "' ไม่ใช่ระดับที่รู้จัก / is not a level;"
                        + " known: " + HIERARCHY_LEVELS, null);
            }
            List<String> starts = strings(level.getValue());
            if (starts.isEmpty()) {
                throw new LayoutFileException(source + ": levels: '" + name + "' ไม่ได้ระบุคำขึ้นต้นของหัวข้อ / lists no words"
                        + " a heading starts with", null);
            }
            levels.put(name, starts);
        }
        return levels;
    }

    private static boolean bool(Map<String, Object> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key, String source) {
        Object v = m == null ? null : m.get(key);
        if (!(v instanceof Map)) {
            throw new LayoutFileException(source + ": '" + key + "' is missing or not a section", null);
        }
        return (Map<String, Object>) v;
    }

    private static String string(Map<String, Object> m, String key, String source) {
        Object v = m == null ? null : m.get(key);
        if (v == null) {
            throw new LayoutFileException(source + ": '" + key + "' is missing", null);
        }
        return v.toString();
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(v.toString());
        }
        return out;
    }
}
