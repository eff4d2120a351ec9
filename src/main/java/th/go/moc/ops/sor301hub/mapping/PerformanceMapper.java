package th.go.moc.ops.sor301hub.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.go.moc.ops.sor301hub.sor301.Direction;
import th.go.moc.ops.sor301hub.sor301.FieldColumns;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.Hierarchy;
import th.go.moc.ops.sor301hub.sor301.Indicator;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.MonthlySeries;
import th.go.moc.ops.sor301hub.sor301.Narrative;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.Reporting;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.validation.Rules;
import th.go.moc.ops.sor301hub.workbook.CellValue;
import th.go.moc.ops.sor301hub.workbook.RowHandler;
import th.go.moc.ops.sor301hub.workbook.SheetRow;

/**
 * Turns the rows below a performance header into indicator lines, in any of three shapes: months
 * across (a plan and a result column under each month), one row per indicator and month (a "month"
 * column), or the cumulative figures only. Hierarchy names merged over several rows apply to each
 * row below them until a new name appears; a new name at one level clears the levels under it. A layout
 * may instead write its headings in the indicator column itself, each told by the words it starts with
 * ({@link ColumnSpec#levels()}).
 */
final class PerformanceMapper implements RowHandler {

    private static final String[] HIERARCHY = {"programme", "serviceTarget", "outputProject", "activity"};
    private static final Set<String> PERCENT_UNITS = Set.of("ร้อยละ", "%", "เปอร์เซ็นต์", "percent");
    private static final String[] LATEST_MONTH_FIELDS = {"cumulative", "resultNarrative", "problems", "remedies", "publish"};

    private final FieldReader reader;
    private final CumulationRules cumulation;
    private final TableSpec spec;
    private final HeaderMatch match;
    private final boolean oneRowPerMonth;
    private final Reporting reporting;
    private final String[] context = new String[HIERARCHY.length];
    /** The column of each field, shared by the lines of this table. */
    private final FieldColumns columns = new FieldColumns();
    private final List<IndicatorLine> lines = new ArrayList<>();
    /** One row per month: the lines gathered so far, by indicator. */
    private final Map<String, MonthRows> gathered = new LinkedHashMap<>();
    /**
     * Months written with a year in a "month" column, to be checked against the reporting month: only
     * those of another fiscal year than the title's, when the title tells it (a million rows of the
     * right year need no list).
     */
    private final List<MappedWorkbook.MonthCell> monthCells = new ArrayList<>();
    private final int titleFiscalYear;

    /** @param titleFiscalYear the fiscal year (BE) of the title block's month, or 0 when it is not known */
    PerformanceMapper(FieldReader reader, CumulationRules cumulation, TableSpec spec, HeaderMatch match,
                      int titleFiscalYear) {
        this.titleFiscalYear = titleFiscalYear;
        this.reader = reader;
        this.cumulation = cumulation;
        this.spec = spec;
        this.match = match;
        this.oneRowPerMonth = match.column("month") >= 0;
        boolean monthsAcross = false;
        for (int m = 1; m <= 12; m++) {
            monthsAcross |= match.monthColumn("result", m) >= 0;
        }
        this.reporting = oneRowPerMonth || monthsAcross ? Reporting.MONTHLY : Reporting.CUMULATIVE;
    }

    List<IndicatorLine> lines() {
        if (!oneRowPerMonth) {
            return lines;
        }
        List<IndicatorLine> out = new ArrayList<>();
        for (MonthRows g : gathered.values()) {
            if (g.target == null && g.targetCell != null) {
                reader.problems().add(Rules.annualTargetMissing(reader.file(), reader.sheet(), g.targetCell,
                        g.indicator.name()));
            }
            out.add(new IndicatorLine(g.level, g.hierarchy, g.indicator, Reporting.MONTHLY, g.target,
                    MonthlySeries.of(g.plan), MonthlySeries.of(g.result), g.cumulative, null,
                    new Narrative(g.narrative[0], g.narrative[1], g.narrative[2], g.publishable),
                    Provenance.onMonthRows(reader.sheet(), g.firstRow, columns, g.monthRows, g.named)));
        }
        return out;
    }

    List<MappedWorkbook.MonthCell> monthCells() {
        return monthCells;
    }

    @Override
    public boolean row(SheetRow row) {
        if (row.index() < match.dataRow() || row.isBlank()) {
            return true;
        }
        CellTrail cells = CellTrail.onRow(reader.sheet(), row.index(), columns);
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
        // A layout that writes its headings in the indicator column: "ผลผลิตที่ ๑ …" opens an output, not a line.
        String heading = spec.column("indicator").headingLevel(name);
        if (heading != null) {
            int level = Arrays.asList(HIERARCHY).indexOf(heading);
            context[level] = name;
            for (int deeper = level + 1; deeper < HIERARCHY.length; deeper++) {
                context[deeper] = null;
            }
            return true;
        }
        if (name == null) {
            if (hasFigures(row)) {
                reader.problems().add(Rules.indicatorNameMissing(reader.file(), reader.sheet(),
                        row.ref(match.column("indicator"))));
            }
            return true;
        }
        if (row.hidden()) {
            reader.problems().add(Rules.hiddenRow(reader.file(), reader.sheet(), row.ref(match.column("indicator"))));
        }
        String[] names = new String[HIERARCHY.length];
        for (int level = 0; level < HIERARCHY.length; level++) {
            ColumnSpec column = spec.column(HIERARCHY[level]);
            boolean fromHeadings = column == null && !spec.column("indicator").levels().isEmpty();
            names[level] = fromHeadings || column != null && column.fillDown() ? context[level] : own[level];
        }
        IndicatorLevel level = level(row, names, cells);
        if (level.isServiceTarget()) {
            names[2] = null;
            names[3] = null;
        } else if (level == IndicatorLevel.OUTPUT_PROJECT) {
            names[3] = null;
        }
        Hierarchy hierarchy = new Hierarchy(names[0], names[1], names[2], names[3]);
        String kind = reader.text(row, match.column("kind"), "kind", cells);
        String unitOfCount = reader.text(row, match.column("unitOfCount"), "unitOfCount", cells);
        Indicator indicator = new Indicator(
                reader.text(row, match.column("indicatorCode"), "indicatorCode", cells), name, kind, unitOfCount,
                direction(reader.text(row, match.column("direction"), "direction", cells)),
                cumulation.of(unitOfCount, kind));
        // A plain 0.85 means 85% only where the layout says that its units write percentages as fractions.
        boolean fraction = spec.plainPercentagesAreFractions() && unitOfCount != null
                && PERCENT_UNITS.contains(ThaiText.key(unitOfCount));
        Double target = reader.number(row, match.column("annualTarget"), "annualTarget", cells, fraction);
        if (oneRowPerMonth) {
            gather(row, level, hierarchy, indicator, target, fraction, cells);
            return true;
        }
        if (target == null && row.cell(match.column("annualTarget")) == null && match.column("annualTarget") >= 0) {
            reader.problems().add(Rules.annualTargetMissing(reader.file(), reader.sheet(),
                    row.ref(match.column("annualTarget")), name));
        }
        MonthlySeries plan = reader.series(row, match, "plan", cells, fraction);
        MonthlySeries result = reader.series(row, match, "result", cells, fraction);
        Double cumulative = reader.number(row, match.column("cumulative"), "cumulative", cells, fraction);
        Double cumulativePlan = reader.number(row, match.column("cumulativePlan"), "cumulativePlan", cells, fraction);
        lines.add(new IndicatorLine(level, hierarchy, indicator, reporting, target, plan, result, cumulative,
                cumulativePlan, narrative(row, cells), cells.provenance()));
        return true;
    }

    /** One row of a line reported one row per month: its month's plan and result join the line's other months. */
    private void gather(SheetRow row, IndicatorLevel level, Hierarchy hierarchy, Indicator indicator, Double target,
                        boolean fraction, CellTrail cells) {
        int month = month(row);
        if (month < 0) {
            return;
        }
        String key = level + "|" + hierarchy + "|" + indicator.identity();
        MonthRows g = gathered.computeIfAbsent(key, k -> new MonthRows(level, hierarchy, indicator, row.index(), cells));
        if (g.targetCell == null && match.column("annualTarget") >= 0) {
            g.targetCell = row.ref(match.column("annualTarget"));
        }
        if (target != null && g.target == null) {
            g.target = target;
        }
        g.monthRows[month - 1] = row.index();
        g.plan[month - 1] = reader.number(row, match.column("plan"), Provenance.monthField("plan", month), cells, fraction);
        g.result[month - 1] = reader.number(row, match.column("result"), Provenance.monthField("result", month), cells,
                fraction);
        Double cumulative = reader.number(row, match.column("cumulative"), "cumulative", cells, fraction);
        if (month >= g.latestMonth) {
            g.latestMonth = month;
            Narrative n = narrative(row, cells);
            g.narrative = new String[] {n.result(), n.problems(), n.remedies()};
            g.publishable = n.publishable();
            // The stated cumulative and the words are the latest month's: their cells are on its row.
            for (String field : LATEST_MONTH_FIELDS) {
                String cell = cells.get(field);
                if (cell != null && row.index() != g.firstRow) {
                    g.named.put(field, cell);
                }
            }
            if (cumulative != null) {
                g.cumulative = cumulative;
            }
        }
    }

    /** The fiscal month of a row of a one-row-per-month table; -1 (and a problem) when it cannot be told. */
    private int month(SheetRow row) {
        int col = match.column("month");
        CellValue cell = row.cell(col);
        String ref = row.ref(col);
        try {
            if (cell instanceof CellValue.Number n && n.date()) {
                FiscalPeriod p = FiscalPeriod.of(n.asDate());
                noteMonth(ref, p);
                return p.fiscalMonth();
            }
            if (cell instanceof CellValue.Text t) {
                var calendarMonth = ThaiMonths.calendarMonth(t.value());
                if (calendarMonth.isPresent() && ThaiText.asciiDigits(t.value()).matches("\\D*")) {
                    return FiscalPeriod.fiscalMonthOf(calendarMonth.getAsInt());
                }
                FiscalPeriod p = FiscalPeriod.parse(t.value());
                noteMonth(ref, p);
                return p.fiscalMonth();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        reader.problems().add(Rules.monthInvalid(reader.file(), reader.sheet(), ref, cell == null ? "" : cell.display()));
        return -1;
    }

    private void noteMonth(String ref, FiscalPeriod p) {
        if (p.fiscalYearBe() != titleFiscalYear) {
            monthCells.add(new MappedWorkbook.MonthCell(reader.sheet(), ref, p));
        }
    }

    private Narrative narrative(SheetRow row, CellTrail cells) {
        return new Narrative(
                reader.text(row, match.column("resultNarrative"), "resultNarrative", cells),
                reader.text(row, match.column("problems"), "problems", cells),
                reader.text(row, match.column("remedies"), "remedies", cells),
                publishable(reader.text(row, match.column("publish"), "publish", cells)));
    }

    /** "ใช่", "เผยแพร่", "yes", "✓": the unit allows its words on the public website. */
    private static boolean publishable(String mark) {
        String key = ThaiText.key(mark);
        return key.equals("ใช่") || key.equals("เผยแพร่") || key.equals("เผยแพร่ได้") || key.equals("yes") || key.equals("y")
                || key.equals("✓") || key.equals("✔") || key.equals("x") || key.equals("public");
    }

    private boolean hasFigures(SheetRow row) {
        for (String field : new String[] {"annualTarget", "plan", "result", "cumulative"}) {
            if (row.text(match.column(field)) != null) {
                return true;
            }
        }
        for (int m = 1; m <= 12; m++) {
            if (row.text(match.monthColumn("result", m)) != null || row.text(match.monthColumn("plan", m)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The level written in the level column, or else the deepest hierarchy name the row has. */
    private IndicatorLevel level(SheetRow row, String[] names, CellTrail cells) {
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

    /** A line of a one-row-per-month table while its rows are being gathered. */
    private static final class MonthRows {
        final IndicatorLevel level;
        final Hierarchy hierarchy;
        final Indicator indicator;
        final Double[] plan = new Double[12];
        final Double[] result = new Double[12];
        final int firstRow;
        final int[] monthRows = new int[12];
        /** Cells off the first row: the latest month's stated cumulative and words, and the first row's own. */
        final Map<String, String> named;
        Double target;
        String targetCell;
        Double cumulative;
        int latestMonth;
        String[] narrative = new String[3];
        boolean publishable;

        MonthRows(IndicatorLevel level, Hierarchy hierarchy, Indicator indicator, int firstRow, CellTrail first) {
            this.level = level;
            this.hierarchy = hierarchy;
            this.indicator = indicator;
            this.firstRow = firstRow;
            this.named = new LinkedHashMap<>(first.named());
            java.util.Arrays.fill(monthRows, -1);
        }
    }
}
