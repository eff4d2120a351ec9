package th.go.moc.ops.sor301hub.bench;

import java.nio.file.Path;
import java.time.Clock;
import th.go.moc.ops.sor301hub.Components;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.intake.CheckedSubmission;

/** Reads, maps and checks one workbook and prints how many lines it held: run in a JVM with a small heap. */
public final class IngestProbe {

    private IngestProbe() {
    }

    public static void main(String[] args) {
        Components components = Components.load(null, new TargetComparison(TargetComparison.Basis.CUMULATIVE_PLAN, 0),
                Components.DEFAULT_CABINET_TARGETS, Components.DEFAULT_DEADLINE_DAY, Clock.systemDefaultZone());
        Path file = Path.of(args[0]);
        CheckedSubmission s = components.reader().read(file, file.getFileName().toString(), "kyp");
        System.out.println("lines=" + s.lines().size() + " problems=" + s.problems().size());
    }
}
