package th.go.moc.ops.sor301hub.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.sor301.A1;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.ProblemList;
import th.go.moc.ops.sor301hub.validation.Rules;
import th.go.moc.ops.sor301hub.workbook.SheetInfo;
import th.go.moc.ops.sor301hub.workbook.SheetRow;
import th.go.moc.ops.sor301hub.workbook.WorkbookSource;

/**
 * Recognises a workbook's layout by its headers and reads it into lines. The first rows of every
 * sheet are read once to choose the layout and the sheet; then only the chosen sheets are read in
 * full, streaming.
 */
public final class WorkbookMapper {

    private static final int HEAD_ROWS = 30;

    private final List<Layout> layouts;
    private final CumulationRules cumulation;

    public WorkbookMapper(List<Layout> layouts, CumulationRules cumulation) {
        this.layouts = List.copyOf(layouts);
        this.cumulation = cumulation;
    }

    public MappedWorkbook map(WorkbookSource source, String fileName) {
        Map<SheetInfo, List<SheetRow>> heads = new LinkedHashMap<>();
        for (SheetInfo sheet : source.sheets()) {
            List<SheetRow> rows = new ArrayList<>();
            source.read(sheet, row -> {
                rows.add(row);
                return rows.size() < HEAD_ROWS;
            });
            heads.put(sheet, rows);
        }
        HeaderTexts texts = new HeaderTexts();
        Candidate best = null;
        for (Layout layout : layouts) {
            Candidate c = bestSheet(layout, layout.performance(), heads, null, texts);
            if (c != null && (best == null || c.match.betterThan(best.match))) {
                best = c;
            }
        }
        ProblemList problems = new ProblemList();
        if (best == null || !best.match.complete()) {
            List<String> missing = best == null ? List.of("ตัวชี้วัด")
                    : best.match.missingRequired().stream().map(c -> c.headers().get(0)).toList();
            problems.add(Rules.unknownLayout(fileName, best == null ? null : best.sheet.name(), missing,
                    layouts.stream().map(Layout::id).toList()));
            return new MappedWorkbook(null, best == null ? 0 : best.match.score(), null, List.of(), List.of(), problems,
                    List.of());
        }
        Layout layout = best.layout;
        TitleBlock title = TitleBlock.read(best.sheet.name(), heads.get(best.sheet), best.match.headerRow(), layout.title());
        if (title.unit() == null && title.period() == null) {
            title = titleElsewhere(heads, layout, best.sheet).orElse(title);
        }
        FieldReader performanceReader = new FieldReader(fileName, best.sheet.name(), problems, layout.nilMarkers());
        PerformanceMapper performance = new PerformanceMapper(performanceReader, cumulation, layout.performance(), best.match,
                title.periodWritten().map(p -> p.fiscalYearBe()).orElse(0));
        warnIfHidden(fileName, best.sheet, problems);
        warnIfNamedTwice(fileName, best.sheet.name(), best.match, layout.performance(), problems);
        source.read(best.sheet, performance);
        List<IndicatorLine> lines = performance.lines();
        if (lines.isEmpty()) {
            problems.add(Rules.noLines(fileName, best.sheet.name()));
        }
        BudgetMapper budget = null;
        if (layout.budget() != null) {
            Candidate b = bestSheet(layout, layout.budget(), heads, best.sheet, texts);
            if (b != null && b.match.complete()) {
                budget = new BudgetMapper(new FieldReader(fileName, b.sheet.name(), problems, layout.nilMarkers()), b.match);
                warnIfHidden(fileName, b.sheet, problems);
                source.read(b.sheet, budget);
            } else if (layout.budget().required()) {
                problems.add(Rules.unknownLayout(fileName, null, b == null ? List.of("งบรายจ่าย")
                        : b.match.missingRequired().stream().map(c -> c.headers().get(0)).toList(), List.of(layout.id())));
            }
        }
        return new MappedWorkbook(layout, best.match.score(), title, lines,
                budget == null ? List.of() : budget.lines(), problems, performance.monthCells());
    }

    /** A second column headed like a field is left unread: the unit hears which was read (a layout may ignore the other). */
    private static void warnIfNamedTwice(String fileName, String sheet, HeaderMatch match, TableSpec spec,
                                         List<Problem> problems) {
        for (Map.Entry<String, Integer> twice : match.alsoNamed().entrySet()) {
            String read = A1.columnLetters(match.column(twice.getKey()));
            String other = A1.columnLetters(twice.getValue());
            problems.add(Rules.columnNamedTwice(fileName, sheet, other + (match.headerRow() + 1),
                    spec.column(twice.getKey()).headers().get(0), read, other));
        }
    }

    private static void warnIfHidden(String fileName, SheetInfo sheet, List<Problem> problems) {
        if (sheet.hidden()) {
            problems.add(Rules.hiddenSheet(fileName, sheet.name()));
        }
    }

    private static java.util.Optional<TitleBlock> titleElsewhere(Map<SheetInfo, List<SheetRow>> heads, Layout layout,
                                                                 SheetInfo except) {
        for (Map.Entry<SheetInfo, List<SheetRow>> e : heads.entrySet()) {
            if (!e.getKey().equals(except)) {
                TitleBlock t = TitleBlock.read(e.getKey().name(), e.getValue(), Integer.MAX_VALUE, layout.title());
                if (t.unit() != null || t.period() != null) {
                    return java.util.Optional.of(t);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The sheet whose header best fits a table; on a tie, a sheet with one of the table's usual names. */
    private static Candidate bestSheet(Layout layout, TableSpec table, Map<SheetInfo, List<SheetRow>> heads,
                                       SheetInfo except, HeaderTexts texts) {
        Candidate best = null;
        for (Map.Entry<SheetInfo, List<SheetRow>> e : heads.entrySet()) {
            if (e.getKey().equals(except) || e.getValue().isEmpty()) {
                continue;
            }
            HeaderMatch m = HeaderMatcher.find(e.getValue(), table, texts);
            if (m == null) {
                continue;
            }
            boolean named = table.sheetNames().stream()
                    .anyMatch(n -> ThaiText.key(n).equals(ThaiText.key(e.getKey().name())));
            if (best == null || m.betterThan(best.match) || (named && !best.named && !best.match.betterThan(m))) {
                best = new Candidate(layout, e.getKey(), m, named);
            }
        }
        return best;
    }

    private record Candidate(Layout layout, SheetInfo sheet, HeaderMatch match, boolean named) {
    }
}
