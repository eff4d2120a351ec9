package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.HubSettings;
import th.go.moc.ops.sor301hub.feedback.FeedbackFiles;
import th.go.moc.ops.sor301hub.report.PendingOutputs;
import th.go.moc.ops.sor301hub.store.SubmissionStore;

/**
 * Writes the units' feedback workbooks (the feedback route), after the work that M&E staff wait for:
 * marking a workbook means loading and saving the whole of it, several times the cost of checking it,
 * so while files are being read or a month's outputs built, feedback waits (a minute at most). On a
 * deadline day the month is ready first and the units' answers follow; on other days at once.
 */
@Component("feedbackWriter")
public class FeedbackWriter {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWriter.class);
    private static final long LOOK_AGAIN_MS = 50;
    /** However busy the service stays, a unit waits no longer than this for its answer to start. */
    private static final long LONGEST_WAIT_MS = 60_000;

    private final HubSettings settings;
    private final SubmissionStore store;
    private final FolderTurns intake;
    private final PendingOutputs outputs;

    public FeedbackWriter(HubSettings settings, SubmissionStore store, FolderTurns intake, PendingOutputs outputs) {
        this.settings = settings;
        this.store = store;
        this.intake = intake;
        this.outputs = outputs;
    }

    public Path write(FeedbackJob job) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + LONGEST_WAIT_MS;
        while ((!intake.idle() || !outputs.idle()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(LOOK_AGAIN_MS);
        }
        Path planned = FeedbackFiles.target(settings.feedback(), job.checked(), job.folder());
        Path written = FeedbackFiles.write(settings.feedback(), job.original(), job.checked(), job.changes(), job.folder());
        if (!written.equals(planned)) {
            store.feedbackWrittenAt(job.submissionId(), settings.share().relativize(written).toString());
        }
        log.debug("{}: feedback written to {}", job.checked().fileName(), written);
        return written;
    }
}
