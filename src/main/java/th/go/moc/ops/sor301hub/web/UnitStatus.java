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
 */
public record UnitStatus(Unit unit, String state, Integer version, Instant receivedAt, String fileName, int versions,
                         int superseded, boolean latestRejected, int errors, int warnings, boolean overdue) {
}
