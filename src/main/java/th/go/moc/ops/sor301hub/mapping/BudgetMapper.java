package th.go.moc.ops.sor301hub.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.ExpenseCategory;
import th.go.moc.ops.sor301hub.sor301.FieldColumns;
import th.go.moc.ops.sor301hub.sor301.MonthlySeries;
import th.go.moc.ops.sor301hub.validation.Rules;
import th.go.moc.ops.sor301hub.workbook.RowHandler;
import th.go.moc.ops.sor301hub.workbook.SheetRow;

/** Turns the rows below a budget header into one line per output/project and expense category. */
final class BudgetMapper implements RowHandler {

    private final FieldReader reader;
    private final HeaderMatch match;
    private final List<BudgetLine> lines = new ArrayList<>();
    /** The column of each field, shared by the lines of this table. */
    private final FieldColumns columns = new FieldColumns();
    private String outputProject;

    BudgetMapper(FieldReader reader, HeaderMatch match) {
        this.reader = reader;
        this.match = match;
    }

    List<BudgetLine> lines() {
        return lines;
    }

    @Override
    public boolean row(SheetRow row) {
        if (row.index() < match.dataRow() || row.isBlank()) {
            return true;
        }
        CellTrail cells = CellTrail.onRow(reader.sheet(), row.index(), columns);
        String own = reader.text(row, match.column("outputProject"), "outputProject", cells);
        if (FieldReader.isSubtotal(own)) {
            return true;
        }
        if (own != null) {
            outputProject = own;
        }
        String categoryText = reader.text(row, match.column("category"), "category", cells);
        if (categoryText == null || FieldReader.isSubtotal(categoryText)) {
            return true;
        }
        Optional<ExpenseCategory> category = ExpenseCategory.parse(categoryText);
        if (category.isEmpty()) {
            reader.problems().add(Rules.categoryInvalid(reader.file(), reader.sheet(), cells.get("category"), categoryText));
            return true;
        }
        if (row.hidden()) {
            reader.problems().add(Rules.hiddenRow(reader.file(), reader.sheet(), cells.get("category")));
        }
        Double allocation = reader.number(row, match.column("allocation"), "allocation", cells);
        MonthlySeries plan = reader.series(row, match, "plan", cells);
        MonthlySeries disbursed = reader.series(row, match, "disbursed", cells);
        Double committed = reader.number(row, match.column("committed"), "committed", cells);
        lines.add(new BudgetLine(outputProject, category.get(), allocation, plan, disbursed, committed,
                cells.provenance()));
        return true;
    }

}
