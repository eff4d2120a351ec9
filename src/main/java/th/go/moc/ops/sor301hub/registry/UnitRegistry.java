package th.go.moc.ops.sor301hub.registry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.go.moc.ops.sor301hub.mapping.LayoutFileException;
import th.go.moc.ops.sor301hub.mapping.MappingFiles;
import th.go.moc.ops.sor301hub.sor301.BuddhistYear;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/** The units of {@code mappings/units.yaml}, found by id, name, abbreviation or alias. */
public final class UnitRegistry {

    private final List<Unit> units;
    private final Map<String, Unit> byKey = new HashMap<>();

    public UnitRegistry(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit u : units) {
            for (String name : names(u)) {
                byKey.putIfAbsent(ThaiText.key(name), u);
            }
        }
    }

    public static UnitRegistry load(Path mappingsFolder) {
        List<Unit> units = new ArrayList<>();
        Object list = MappingFiles.yaml(mappingsFolder, "units.yaml").get("units");
        if (!(list instanceof List<?> entries)) {
            throw new LayoutFileException("mappings/units.yaml: 'units' is missing", null);
        }
        for (Object o : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            List<String> aliases = new ArrayList<>();
            if (m.get("aliases") instanceof List<?> a) {
                a.forEach(x -> aliases.add(x.toString()));
            }
            units.add(new Unit(required(m, "id"), required(m, "name"), (String) m.get("short"),
                    (String) m.get("english"), (String) m.getOrDefault("kind", "central"),
                    date(m.get("valid-from"), LocalDate.of(1900, 1, 1)), date(m.get("valid-to"), null), aliases,
                    contact(m.get("contact"))));
        }
        return new UnitRegistry(units);
    }

    /** {@code contact: {name: …, phone: …, email: …}}, any of them left out. */
    private static Contact contact(Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            return Contact.NONE;
        }
        return new Contact(text(m.get("name")), text(m.get("phone")), text(m.get("email")));
    }

    private static String text(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static String required(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new LayoutFileException("mappings/units.yaml: a unit has no '" + key + "': " + m, null);
        }
        return v.toString();
    }

    /** Dates may be written in CE or BE (2569-10-01). */
    private static LocalDate date(Object v, LocalDate fallback) {
        if (v == null) {
            return fallback;
        }
        LocalDate d = v instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : LocalDate.parse(v.toString());
        return d.getYear() >= 2400 ? d.withYear(BuddhistYear.toCe(d.getYear())) : d;
    }

    private static List<String> names(Unit u) {
        List<String> names = new ArrayList<>(List.of(u.id(), u.name()));
        if (u.shortName() != null) {
            names.add(u.shortName());
        }
        if (u.englishName() != null) {
            names.add(u.englishName());
        }
        names.addAll(u.aliases());
        return names;
    }

    public Optional<Unit> find(String text) {
        return Optional.ofNullable(byKey.get(ThaiText.key(text)));
    }

    public Optional<Unit> byId(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public List<Unit> all() {
        return units;
    }

    /** The name a report shows for a unit: its abbreviation (กยผ.), else its name, else its id. */
    public String label(String unitId) {
        return byId(unitId).map(u -> u.shortName() != null ? u.shortName() : u.name()).orElse(unitId);
    }

    /** The units expected for a month that have no accepted submission, by the name a report shows. */
    public List<String> notReported(FiscalPeriod period, java.util.Collection<String> reportedUnitIds) {
        return expected(period).stream().filter(u -> !reportedUnitIds.contains(u.id()))
                .map(u -> u.shortName() != null ? u.shortName() : u.name()).toList();
    }

    /** The units expected to report for a month: those in existence on its last day. */
    public List<Unit> expected(FiscalPeriod period) {
        LocalDate lastDay = period.yearMonthCe().atEndOfMonth();
        return units.stream().filter(u -> u.activeOn(lastDay)).toList();
    }
}
