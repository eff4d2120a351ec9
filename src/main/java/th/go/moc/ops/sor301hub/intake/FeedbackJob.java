package th.go.moc.ops.sor301hub.intake;

import java.nio.file.Path;
import java.util.List;
import th.go.moc.ops.sor301hub.feedback.Change;

/**
 * A unit's feedback workbook still to be written: the kept original, what the check found (without the
 * lines), the changes from the unit's previous version, and the inbox folder it came in.
 */
public record FeedbackJob(long submissionId, Path original, CheckedSubmission checked, List<Change> changes,
                          String folder) {
}
