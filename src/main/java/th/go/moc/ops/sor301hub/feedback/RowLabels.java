package th.go.moc.ops.sor301hub.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.validation.Problem;

/**
 * What each row of the unit's workbook is about, as the unit would name it: the indicator read from it, or
 * for a budget row its output and category. A problem's message says what is wrong; this says where in the
 * unit's own terms, so that "not a number" reads "not a number, in จำนวนผู้ประกอบการที่ได้รับการพัฒนา".
 */
public final class RowLabels {

    private final Map<String, String> bySheetRow = new HashMap<>();

    public RowLabels(List<IndicatorLine> lines, List<BudgetLine> budget) {
        for (IndicatorLine l : lines) {
            if (l.source().row() >= 0 && l.indicator().name() != null) {
                String code = l.indicator().code();
                put(l.source().sheet(), l.source().row(), code == null ? l.indicator().name()
                        : code + " " + l.indicator().name());
            }
        }
        for (BudgetLine b : budget) {
            if (b.source().row() >= 0) {
                put(b.source().sheet(), b.source().row(), "งบประมาณ: " + b.outputProject()
                        + (b.category() == null ? "" : " – " + b.category().thai()));
            }
        }
    }

    private void put(String sheet, int row, String label) {
        bySheetRow.putIfAbsent(sheet + "!" + row, label);
    }

    /** The indicator (or budget line) on the problem's row; null for a problem with the file or a sheet as a whole. */
    public String of(Problem p) {
        if (p.sheet() == null || p.cell() == null) {
            return null;
        }
        return bySheetRow.get(p.sheet() + "!" + new CellReference(p.cell()).getRow());
    }
}
