package th.go.moc.ops.sor301hub.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.Hierarchy;
import th.go.moc.ops.sor301hub.sor301.Indicator;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;

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
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("programme", h.programme());
            texts.put("serviceTarget", h.serviceTarget());
            texts.put("outputProject", h.outputProject());
            texts.put("activity", h.activity());
            texts.put("indicator", i.name());
            texts.forEach((field, text) -> tooLong(file, line.source().sheet(), line.source().cell(field), field, text,
                    NAME, problems));
            tooLong(file, line.source().sheet(), line.source().cell("indicatorCode"), "indicatorCode", i.code(), SHORT,
                    problems);
            tooLong(file, line.source().sheet(), line.source().cell("kind"), "kind", i.kind(), SHORT, problems);
            tooLong(file, line.source().sheet(), line.source().cell("unitOfCount"), "unitOfCount", i.unitOfCount(),
                    SHORT, problems);
        }
        for (BudgetLine b : budget) {
            tooLong(file, b.source().sheet(), b.source().cell("outputProject"), "outputProject", b.outputProject(), NAME,
                    problems);
        }
        return problems;
    }

    private static void tooLong(String file, String sheet, String cell, String field, String text, int limit,
                                List<Problem> problems) {
        if (text != null && text.length() > limit) {
            problems.add(Rules.textTooLong(file, sheet, cell, FieldNames.thai(field), FieldNames.english(field),
                    text.length(), limit));
        }
    }
}
