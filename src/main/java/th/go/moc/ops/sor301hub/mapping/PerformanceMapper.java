package th.go.moc.ops.sor301hub.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.sor301.Direction;
import th.go.moc.ops.sor301hub.sor301.Hierarchy;
import th.go.moc.ops.sor301hub.sor301.Indicator;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.MonthlySeries;
import th.go.moc.ops.sor301hub.sor301.Narrative;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.validation.Rules;
import th.go.moc.ops.sor301hub.workbook.RowHandler;
import th.go.moc.ops.sor301hub.workbook.SheetRow;

/**
 * Turns the rows below a performance header into indicator lines. Hierarchy names merged over
 * several rows apply to each row below them until a new name appears; a new name at one level
 * clears the levels under it.
 */
final class PerformanceMapper implements RowHandler {

    private static final String[] HIERARCHY = {"programme", "serviceTarget", "outputProject", "activity"};

    private final FieldReader reader;
    private final CumulationRules cumulation;
    private final TableSpec spec;
    private final HeaderMatch match;
    private final String[] context = new String[HIERARCHY.length];
    private final List<IndicatorLine> lines = new ArrayList<>();

    PerformanceMapper(FieldReader reader, CumulationRules cumulation, TableSpec spec, HeaderMatch match) {
        this.reader = reader;
        this.cumulation = cumulation;
        this.spec = spec;
        this.match = match;
    }

    List<IndicatorLine> lines() {
        return lines;
    }

    @Override
    public boolean row(SheetRow row) {
        if (row.index() < match.dataRow() || row.isBlank()) {
            return true;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        String[] own = new String[HIERARCHY.length];
        for (int level = 0; level < HIERARCHY.length; level++) {
            own[level] = reader.text(row, match.column(HIERARCHY[level]), HIERARCHY[level], cells);
            if (FieldReader.isSubtotal(own[level])) {
                return true;
            }
            if (own[level] != null) {
                context[level] = own[level];
                for (int deeper = level + 1; deeper < HIERARCHY.length; deeper++) {
                    context[deeper] = null;
                }
            }
        }
        String name = reader.text(row, match.column("indicator"), "indicator", cells);
        if (FieldReader.isSubtotal(name)) {
            return true;
        }
        if (name == null) {
            if (hasFigures(row)) {
                int col = match.column("indicator");
                reader.problems().add(Rules.indicatorNameMissing(reader.file(), reader.sheet(), row.ref(col)));
            }
            return true;
        }
        if (row.hidden()) {
            reader.problems().add(Rules.hiddenRow(reader.file(), reader.sheet(), row.ref(match.column("indicator"))));
        }
        String[] names = new String[HIERARCHY.length];
        for (int level = 0; level < HIERARCHY.length; level++) {
            ColumnSpec column = spec.column(HIERARCHY[level]);
            names[level] = column != null && column.fillDown() ? context[level] : own[level];
        }
        IndicatorLevel level = level(row, names, cells);
        if (level.isServiceTarget()) {
            names[2] = null;
            names[3] = null;
        } else if (level == IndicatorLevel.OUTPUT_PROJECT) {
            names[3] = null;
        }
        String kind = reader.text(row, match.column("kind"), "kind", cells);
        String unitOfCount = reader.text(row, match.column("unitOfCount"), "unitOfCount", cells);
        Indicator indicator = new Indicator(
                reader.text(row, match.column("indicatorCode"), "indicatorCode", cells), name, kind, unitOfCount,
                direction(reader.text(row, match.column("direction"), "direction", cells)),
                cumulation.of(unitOfCount, kind));
        Double target = reader.number(row, match.column("annualTarget"), "annualTarget", cells);
        if (target == null && row.cell(match.column("annualTarget")) == null && match.column("annualTarget") >= 0) {
            reader.problems().add(Rules.annualTargetMissing(reader.file(), reader.sheet(),
                    row.ref(match.column("annualTarget")), name));
        }
        MonthlySeries plan = reader.series(row, match, "plan", cells);
        MonthlySeries result = reader.series(row, match, "result", cells);
        Double cumulative = reader.number(row, match.column("cumulative"), "cumulative", cells);
        Narrative narrative = new Narrative(
                reader.text(row, match.column("resultNarrative"), "resultNarrative", cells),
                reader.text(row, match.column("problems"), "problems", cells),
                reader.text(row, match.column("remedies"), "remedies", cells));
        lines.add(new IndicatorLine(level, new Hierarchy(names[0], names[1], names[2], names[3]), indicator, target,
                plan, result, cumulative, narrative, new Provenance(reader.sheet(), cells)));
        return true;
    }

    private boolean hasFigures(SheetRow row) {
        if (row.text(match.column("annualTarget")) != null) {
            return true;
        }
        for (int m = 1; m <= 12; m++) {
            if (row.text(match.monthColumn("result", m)) != null || row.text(match.monthColumn("plan", m)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The level written in the level column, or else the deepest hierarchy name the row has. */
    private IndicatorLevel level(SheetRow row, String[] names, Map<String, String> cells) {
        String written = reader.text(row, match.column("level"), "level", cells);
        if (written != null) {
            String key = ThaiText.key(written);
            if (key.contains("กระทรวง") || key.contains("ministry")) {
                return IndicatorLevel.MINISTRY_TARGET;
            }
            if (key.contains("กิจกรรม") || key.contains("activity")) {
                return IndicatorLevel.ACTIVITY;
            }
            if (key.contains("ผลผลิต") || key.contains("โครงการ") || key.contains("output") || key.contains("project")) {
                return IndicatorLevel.OUTPUT_PROJECT;
            }
            if (key.contains("สป") || key.contains("หน่วยงาน") || key.contains("เป้าหมาย") || key.contains("agency")
                    || key.contains("service")) {
                return IndicatorLevel.AGENCY_TARGET;
            }
            reader.problems().add(Rules.levelInvalid(reader.file(), reader.sheet(), cells.get("level"), written));
        }
        if (names[3] != null) {
            return IndicatorLevel.ACTIVITY;
        }
        return names[2] != null ? IndicatorLevel.OUTPUT_PROJECT : IndicatorLevel.AGENCY_TARGET;
    }

    private static Direction direction(String text) {
        String key = ThaiText.key(text);
        return key.contains("น้อย") || key.contains("lower") ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }
}
