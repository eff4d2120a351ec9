package th.go.moc.ops.sor301hub.samples;

import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.registry.Unit;

/**
 * A deadline-day burst: file i comes from unit i mod {@code units} (the registry's first ones) and is that unit's
 * version 1 + i / {@code units}, each version with a different result, so that every file has content of its own.
 */
public final class Burst {

    private Burst() {
    }

    public record Item(Unit unit, String name, UnitWorkbook workbook) {
    }

    public static Item item(int i, int units) {
        Unit unit = Fixtures.units().all().get(i % units);
        int version = 1 + i / units;
        UnitWorkbook wb = OneLineWorkbook.of(unit.name());
        wb.lines.get(0).result[7] = (double) version;
        return new Item(unit, "สงป301_" + unit.id() + "_v" + version + ".xlsx", wb);
    }
}
