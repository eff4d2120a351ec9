package th.go.moc.ops.sor301hub.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStatus;

/** Every unit expected for a month, with what it has sent: the rows of the month page. */
final class MonthStatus {

    private MonthStatus() {
    }

    /** @param received every file for the month, newest first */
    static List<UnitStatus> of(UnitRegistry units, FiscalPeriod period, List<StoredSubmission> received, Instant now,
                               int deadlineDay) {
        boolean pastDeadline = now.atZone(DisplayDates.BANGKOK).toLocalDate().isAfter(period.deadline(deadlineDay));
        List<UnitStatus> rows = new ArrayList<>();
        for (Unit unit : units.expected(period)) {
            List<StoredSubmission> mine = received.stream().filter(s -> unit.id().equals(s.unitId())).toList();
            StoredSubmission counting = mine.stream().filter(s -> s.status() == SubmissionStatus.ACCEPTED).findFirst()
                    .orElse(null);
            StoredSubmission latest = mine.isEmpty() ? null : mine.get(0);
            StoredSubmission shown = counting != null ? counting : latest;
            int superseded = (int) mine.stream().filter(s -> s.status() == SubmissionStatus.SUPERSEDED).count();
            String state = counting != null ? "ACCEPTED" : latest != null ? "REJECTED" : "NONE";
            rows.add(new UnitStatus(unit, state, shown == null ? null : shown.version(),
                    shown == null ? null : shown.receivedAt(), shown == null ? null : shown.fileName(), mine.size(),
                    superseded, counting != null && latest != counting, shown == null ? 0 : shown.errorCount(),
                    shown == null ? 0 : shown.warningCount(), counting == null && pastDeadline,
                    counting != null && counting.receivedAt().atZone(DisplayDates.BANGKOK).toLocalDate()
                            .isAfter(period.deadline(deadlineDay))));
        }
        return rows;
    }
}
