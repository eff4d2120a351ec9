package th.go.moc.ops.sor301hub.store;

import java.time.Instant;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;

/**
 * A received file as recorded: who, which month, which version, what became of it, where it is kept.
 *
 * @param folder the inbox folder it came in, or null at the top
 * @param format the kind of workbook it was read as (xlsx, xls …), or null when it could not be read
 */
public record StoredSubmission(long id, Instant receivedAt, String fileName, String sha256, String unitId,
                               FiscalPeriod period, Integer version, SubmissionStatus status, String storedPath,
                               String feedbackPath, String layoutId, int lineCount, int errorCount, int warningCount,
                               String folder, String format, double layoutScore) {
}
