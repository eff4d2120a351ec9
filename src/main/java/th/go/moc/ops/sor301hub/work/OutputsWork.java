package th.go.moc.ops.sor301hub.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.intake.InboxLock;
import th.go.moc.ops.sor301hub.report.OutputsBuilder;
import th.go.moc.ops.sor301hub.store.WorkQueue;

/**
 * The months whose outputs are owed (the outputs route asks, then builds each). A month is built once the
 * files being read are done (after a burst, one build, not 88), or when its oldest request has waited
 * {@link #LONGEST_WAIT} however busy the intake stays. A build covers every request made before it read the
 * store; requests made during it are left open and bring one more build after it.
 */
@Component("outputsWork")
public class OutputsWork {

    private static final Logger log = LoggerFactory.getLogger(OutputsWork.class);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    /** A failed build is tried again after this many seconds times its failures so far. */
    static final Duration RETRY_STEP = Duration.ofSeconds(30);

    private final OutputsBuilder builder;
    private final WorkQueue queue;
    private final InboxLock intake;
    private final Clock clock;

    public OutputsWork(OutputsBuilder builder, WorkQueue queue, InboxLock intake, Clock clock) {
        this.builder = builder;
        this.queue = queue;
        this.intake = intake;
        this.clock = clock;
    }

    public List<WorkQueue.MonthRequest> due() {
        Instant now = clock.instant();
        boolean busy = intake.busy();
        return queue.openMonths().stream()
                .filter(m -> !busy || m.oldest().isBefore(now.minus(LONGEST_WAIT)))
                .filter(m -> m.triedAt() == null || m.triedAt().isBefore(now.minus(RETRY_STEP.multipliedBy(m.attempts()))))
                .toList();
    }

    /** Builds the month, or leaves its requests open to be tried again (then null). */
    public OutputsBuilder.Built build(WorkQueue.MonthRequest month) {
        try {
            OutputsBuilder.Built built = builder.rebuild(month.periodKey());
            queue.monthDone(month.periodKey(), month.upToId(), clock.instant());
            return built;
        } catch (Exception e) {
            log.error("Outputs for {} failed; tried again later", month.periodKey(), e);
            queue.monthFailed(month.periodKey(), month.upToId(), e.toString(), clock.instant());
            return null;
        }
    }
}
