package th.go.moc.ops.sor301hub.store;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param actor the person's username, or null when the service itself acted (intake, outputs)
 */
public record AuditEvent(long id, Instant at, String event, String actor, Long submissionId, String unitId,
                         String periodKey, String fileName, String detail) {
}
