package th.go.moc.ops.sor301hub.validation;

import java.util.ArrayList;
import java.util.List;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.Hierarchy;
import th.go.moc.ops.sor301hub.sor301.Indicator;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Provenance;

/**
 * Texts longer than the store keeps (the columns of V1__submissions.sql): an error on the cell, so that a
 * pasted paragraph in a name column is sent back to the unit rather than cut or failing the whole file.
 */
public final class TextLimits {

    /** Names of plan levels and indicators. */
    public static final int NAME = 1000;
    /** Codes, kinds and units of count. */
    public static final int SHORT = 100;

    private TextLimits() {
    }

    public static List<Problem> check(String file, List<IndicatorLine> lines, List<BudgetLine> budget) {
        List<Problem> problems = new ArrayList<>();
        for (IndicatorLine line : lines) {
            Hierarchy h = line.hierarchy();
            Indicator i = line.indicator();
            Provenance at = line.source();
            tooLong(file, at, "programme", h.programme(), NAME, problems);
            tooLong(file, at, "serviceTarget", h.serviceTarget(), NAME, problems);
            tooLong(file, at, "outputProject", h.outputProject(), NAME, problems);
            tooLong(file, at, "activity", h.activity(), NAME, problems);
            tooLong(file, at, "indicator", i.name(), NAME, problems);
            tooLong(file, at, "indicatorCode", i.code(), SHORT, problems);
            tooLong(file, at, "kind", i.kind(), SHORT, problems);
            tooLong(file, at, "unitOfCount", i.unitOfCount(), SHORT, problems);
        }
        for (BudgetLine b : budget) {
            tooLong(file, b.source(), "outputProject", b.outputProject(), NAME, problems);
        }
        return problems;
    }

    /** Checked on every line of every file: the cell is looked up only for a text that is too long. */
    private static void tooLong(String file, Provenance at, String field, String text, int limit, List<Problem> problems) {
        if (text != null && text.length() > limit) {
            problems.add(Rules.textTooLong(file, at.sheet(), at.cell(field), FieldNames.thai(field),
                    FieldNames.english(field), text.length(), limit));
        }
    }
}
