package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;
import th.go.moc.ops.sor301hub.store.SubmissionStore;

/** What the outputs route calls: rebuilds a month's outputs under share/outputs/<month>/ from the store. */
@Component("outputsBuilder")
public class OutputsBuilder {

    private static final Logger log = LoggerFactory.getLogger(OutputsBuilder.class);

    private final HubSettings settings;
    private final UnitRegistry units;
    private final MonthOutputs outputs;
    private final SubmissionStore store;
    private final Clock clock;

    public OutputsBuilder(HubSettings settings, UnitRegistry units, MonthOutputs outputs, SubmissionStore store,
                          Clock clock) {
        this.settings = settings;
        this.units = units;
        this.outputs = outputs;
        this.store = store;
        this.clock = clock;
    }

    /** What was built, for the route and its tests. */
    public record Built(String periodKey, int units, int lines, int preflightErrors) {
    }

    public static Path folder(HubSettings settings, FiscalPeriod period) {
        return settings.outputs().resolve(period.key());
    }

    public Built rebuild(String periodKey) throws IOException {
        long start = System.nanoTime();
        FiscalPeriod period = FiscalPeriod.parse(periodKey);
        List<UnitMonth> months = store.accepted(period, units::label);
        long read = System.nanoTime();
        List<String> notReported = units.notReported(period, months.stream().map(UnitMonth::unitId).toList());
        MonthOutputs.Written written = outputs.write(new MonthData(period, months, notReported),
                folder(settings, period));
        if (written.summaryProblem() != null) {
            log.warn("Executive summary PDF for {} not written: {}", periodKey, written.summaryProblem());
        }
        int lines = months.stream().mapToInt(u -> u.lines().size()).sum();
        store.audit(clock.instant(), "OUTPUTS_BUILT", null, null, periodKey, written.consolidated().getFileName().toString(),
                months.size() + " units, " + lines + " lines, " + written.preflight().size() + " EvMIS pre-flight errors");
        long end = System.nanoTime();
        log.info("Outputs for {} rebuilt: {} units, {} lines in {} ms ({} ms reading the store)", periodKey, months.size(),
                lines, (end - start) / 1_000_000, (read - start) / 1_000_000);
        return new Built(periodKey, months.size(), lines, written.preflight().size());
    }
}
