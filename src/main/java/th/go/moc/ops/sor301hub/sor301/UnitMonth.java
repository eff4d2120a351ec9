package th.go.moc.ops.sor301hub.sor301;

import java.time.Instant;
import java.util.List;

/** The submission that counts for one unit and month: its newest accepted version, with its lines. */
public record UnitMonth(String unitId, String unitName, int version, Instant receivedAt, String fileName, String sha256,
                        List<IndicatorLine> lines, List<BudgetLine> budget) {
}
