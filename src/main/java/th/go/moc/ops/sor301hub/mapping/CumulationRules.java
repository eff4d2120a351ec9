package th.go.moc.ops.sor301hub.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/** Which indicators take their latest month as the cumulative, by unit of count or kind. */
public final class CumulationRules {

    private final List<String> latestUnits;
    private final List<String> latestKinds;

    public CumulationRules(List<String> latestUnits, List<String> latestKinds) {
        this.latestUnits = latestUnits.stream().map(ThaiText::key).toList();
        this.latestKinds = latestKinds.stream().map(ThaiText::key).toList();
    }

    public static CumulationRules load(Path mappingsFolder) {
        Map<String, Object> root = MappingFiles.yaml(mappingsFolder, "cumulation.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> latest = (Map<String, Object>) root.getOrDefault("latest-value", Map.of());
        return new CumulationRules(strings(latest.get("units-of-count")), strings(latest.get("kinds")));
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(x -> out.add(x.toString()));
        }
        return out;
    }

    public Cumulation of(String unitOfCount, String kind) {
        return latestUnits.contains(ThaiText.key(unitOfCount)) || latestKinds.contains(ThaiText.key(kind))
                ? Cumulation.LATEST : Cumulation.SUM;
    }
}
