package th.go.moc.ops.sor301hub.work;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.feedback.Change;
import th.go.moc.ops.sor301hub.feedback.FeedbackFiles;
import th.go.moc.ops.sor301hub.feedback.VersionDiff;
import th.go.moc.ops.sor301hub.intake.InboxLock;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.share.ShareAccess;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.store.WorkQueue;

/**
 * The units' feedback workbooks still owed (the feedback route asks, then writes each). Marking a workbook
 * means loading and saving the whole of it, several times the cost of checking it, so while files are being
 * read or a month's outputs are owed, feedback waits, a minute at most: on a deadline day the month is ready
 * first and the units' answers follow; on other days at once. Everything a workbook needs is read back from
 * the store, so feedback owed before a restart is written after it.
 */
@Component("feedbackWork")
public class FeedbackWork {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWork.class);
    /** However busy the service stays, a unit waits no longer than this for its answer to start. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    /** A feedback that failed is tried again after this, and given up after {@link #ATTEMPTS} tries. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    static final int ATTEMPTS = 3;

    private final HubSettings settings;
    private final UnitRegistry units;
    private final SubmissionStore store;
    private final WorkQueue queue;
    private final InboxLock intake;
    private final Clock clock;
    private final ShareAccess shares;

    public FeedbackWork(HubSettings settings, UnitRegistry units, SubmissionStore store, WorkQueue queue,
                        InboxLock intake, ShareAccess shares, Clock clock) {
        this.settings = settings;
        this.shares = shares;
        this.units = units;
        this.store = store;
        this.queue = queue;
        this.intake = intake;
        this.clock = clock;
    }

    /** The feedback to write now, oldest first. */
    public List<WorkQueue.FeedbackItem> due() {
        Instant now = clock.instant();
        List<WorkQueue.FeedbackItem> open = queue.openFeedback(now, RETRY_AFTER);
        if (open.isEmpty() || !(intake.busy() || queue.anyOpen(WorkQueue.OUTPUTS))) {
            return open;
        }
        Instant waitedEnough = now.minus(LONGEST_WAIT);
        return open.stream().filter(item -> item.createdAt().isBefore(waitedEnough)).toList();
    }

    public Path write(WorkQueue.FeedbackItem item) {
        Instant now = clock.instant();
        try {
            StoredSubmission s = store.byId(item.submissionId()).orElseThrow();
            CheckedSubmission checked = new CheckedSubmission(s.fileName(), s.sha256(), s.format(), s.layoutId(),
                    s.layoutScore(), s.unitId() == null ? null : units.byId(s.unitId()).orElse(null),
                    s.period(), store.lines(s.id()), store.budget(s.id()), store.problems(s.id(), s.fileName()));
            Path planned = FeedbackFiles.target(settings.feedback(), checked, s.folder());
            Path written = FeedbackFiles.write(settings.feedback(), shares.read(s.storedPath()), checked,
                    changes(s), s.folder());
            if (!written.equals(planned)) {
                store.feedbackWrittenAt(s.id(), settings.share().relativize(written).toString());
            }
            queue.done(item.id(), clock.instant());
            log.debug("{}: feedback written to {}", s.fileName(), written);
            return written;
        } catch (Exception e) {
            if (item.attempts() + 1 >= ATTEMPTS) {
                log.error("Feedback for submission {} given up after {} tries", item.submissionId(), ATTEMPTS, e);
                queue.failed(item.id(), e.toString(), now);
                queue.done(item.id(), now);
            } else {
                log.warn("Feedback for submission {} failed; tried again in {} s: {}", item.submissionId(),
                        RETRY_AFTER.toSeconds(), e.toString());
                queue.failed(item.id(), e.toString(), now);
            }
            return null;
        }
    }

    /** What changed from the unit's version before this one, for the sheet "การเปลี่ยนแปลง". */
    private List<Change> changes(StoredSubmission s) {
        if (s.unitId() == null || s.period() == null || s.version() == null || s.version() < 2) {
            return List.of();
        }
        return store.versions(s.unitId(), s.period()).stream().filter(v -> v.version() == s.version() - 1).findFirst()
                .map(previous -> VersionDiff.between(store.lines(previous.id()), store.lines(s.id())))
                .orElse(List.of());
    }
}
