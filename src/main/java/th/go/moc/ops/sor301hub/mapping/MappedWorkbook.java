package th.go.moc.ops.sor301hub.mapping;

import java.util.List;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.validation.ProblemList;

/**
 * A workbook read through its layout: which layout and how well it fit, the title block, the lines,
 * every problem met on the way (the checks of the lines go on adding to it), and the months written with a year. {@code layout} is null when no
 * layout fitted.
 */
public record MappedWorkbook(Layout layout, double layoutScore, TitleBlock title, List<IndicatorLine> lines,
                             List<BudgetLine> budget, ProblemList problems, List<MonthCell> monthCells) {

    /** A month written with its year in a one-row-per-month table: it must fall in the report's fiscal year. */
    public record MonthCell(String sheet, String cell, th.go.moc.ops.sor301hub.sor301.FiscalPeriod period) {
    }
}
