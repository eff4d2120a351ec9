package th.go.moc.ops.sor301hub.sor301;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each value of a line came from: the sheet, and the cell of each field ("annualTarget" → "K7",
 * "result.8" → "AB7"). The file is the submission's.
 */
public record Provenance(String sheet, Map<String, String> cells) {

    public Provenance {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public String cell(String field) {
        return cells.get(field);
    }

    /** "Sheet!K7" for a field, or the sheet alone when the field has no cell. */
    public String where(String field) {
        String cell = cells.get(field);
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /** A compact text form for storage: "annualTarget=K7;result.8=AB7". */
    public String cellsText() {
        return cells.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    public static Provenance parse(String sheet, String cellsText) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (cellsText != null && !cellsText.isEmpty()) {
            for (String pair : cellsText.split(";")) {
                int eq = pair.indexOf('=');
                cells.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new Provenance(sheet, cells);
    }

    public static String monthField(String series, int fiscalMonth) {
        return series + "." + fiscalMonth;
    }
}
