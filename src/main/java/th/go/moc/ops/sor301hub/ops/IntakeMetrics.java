package th.go.moc.ops.sor301hub.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.leader.Leadership;
import th.go.moc.ops.sor301hub.store.WorkQueue;

/**
 * The service's own metrics, served for Prometheus at /actuator/prometheus:
 * <ul>
 *   <li>{@code sor301_files_read_total{outcome}}: files taken from the inbox, by what became of them (ACCEPTED,
 *       REJECTED, DUPLICATE) or FAILED when handling one broke and it was left to be tried again;</li>
 *   <li>{@code sor301_intake_latency_seconds}: from taking a file to its record and kept original;</li>
 *   <li>{@code sor301_inbox_files}: files in the inbox not handled yet (the intake's queue);</li>
 *   <li>{@code sor301_work_owed{kind}}: feedback workbooks and months' outputs still owed;</li>
 *   <li>{@code sor301_leader}: 1 on the instance that reads the share, 0 on the others.</li>
 * </ul>
 */
@Component
public class IntakeMetrics {

    private final MeterRegistry registry;
    private final Timer latency;

    public IntakeMetrics(MeterRegistry registry, WorkQueue work, Leadership.LeaderState leader, InboxDepth inbox) {
        this.registry = registry;
        this.latency = Timer.builder("sor301.intake.latency")
                .description("Time from taking a file from the inbox to its record and kept original")
                .publishPercentileHistogram().register(registry);
        // Every outcome from the start, at 0: a rate over a series that does not exist yet shows nothing at all.
        for (String outcome : new String[] {"ACCEPTED", "REJECTED", "DUPLICATE", "FAILED"}) {
            counter(outcome);
        }
        gauge("sor301.work.owed", "kind", "feedback", work, w -> w.open(WorkQueue.FEEDBACK), "Feedback workbooks owed");
        gauge("sor301.work.owed", "kind", "outputs", work, w -> w.open(WorkQueue.OUTPUTS), "Months' outputs owed");
        Gauge.builder("sor301.leader", leader, l -> l.now().leader() ? 1 : 0)
                .description("1 if this instance reads the share and builds the outputs").register(registry);
        Gauge.builder("sor301.inbox.files", inbox, InboxDepth::files)
                .description("Files in the inbox not handled yet").register(registry);
    }

    /** A file handled to the end: what became of it and how long it took. */
    public void read(String outcome, Duration took) {
        counter(outcome).increment();
        latency.record(took);
    }

    /** A file whose handling broke; it stays in the inbox and is tried again. */
    public void failed() {
        counter("FAILED").increment();
    }

    private Counter counter(String outcome) {
        return Counter.builder("sor301.files.read").description("Files taken from the inbox, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private <T> void gauge(String name, String tag, String value, T source, ToDoubleFunction<T> f, String what) {
        Gauge.builder(name, source, s -> {
            try {
                return f.applyAsDouble(s);
            } catch (RuntimeException databaseAway) {
                return Double.NaN;
            }
        }).tag(tag, value).description(what).register(registry);
    }
}
