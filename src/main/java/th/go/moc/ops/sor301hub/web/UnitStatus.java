package th.go.moc.ops.sor301hub.web;

import java.time.Instant;
import th.go.moc.ops.sor301hub.registry.Unit;

/**
 * One unit's standing for a month on the month page.
 *
 * @param state     NONE (nothing received), ACCEPTED (a version counts), REJECTED (only rejected files)
 * @param version   the version that counts, or the latest received when none does
 * @param versions  how many files were received for the month
 * @param latestRejected whether a newer file than the one that counts was rejected
 * @param overdue   nothing accepted and the deadline has passed
 * @param late      the version that counts arrived after the deadline
 */
public record UnitStatus(Unit unit, String state, Integer version, Instant receivedAt, String fileName, int versions,
                         int superseded, boolean latestRejected, int errors, int warnings, boolean overdue,
                         boolean late) {

    /** The rows a filter of the month page shows: all, overdue, missing, rejected, late or accepted. */
    public boolean shownBy(String filter) {
        return switch (filter) {
            case "overdue" -> overdue;
            case "missing" -> state.equals("NONE");
            case "rejected" -> state.equals("REJECTED");
            case "late" -> late;
            case "accepted" -> state.equals("ACCEPTED");
            default -> true;
        };
    }

    /** Who needs chasing first: overdue, then not sent, rejected, accepted late, accepted. */
    public int urgency() {
        return overdue ? 0 : state.equals("NONE") ? 1 : state.equals("REJECTED") ? 2 : late ? 3 : 4;
    }
}
