package th.go.moc.ops.sor301hub;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.intake.SubmissionReader;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.setup.Components;

/** The shipped configuration and a clock in the week after the sample month, for tests. */
public final class Fixtures {

    public static final Path SAMPLES = Path.of("sample-workbooks");
    public static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-05T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

    private Fixtures() {
    }

    public static UnitRegistry units() {
        return UnitRegistry.load(null);
    }

    /** The shipped configuration, comparing with the cumulative plan exactly, deadlines on the 10th. */
    public static Components components() {
        return Components.load(null, new TargetComparison(TargetComparison.Basis.CUMULATIVE_PLAN, 0),
                Components.DEFAULT_CABINET_TARGETS, 10, JUNE_2026);
    }

    public static SubmissionReader reader() {
        return components().reader();
    }

    /** The sample workbooks, each in its unit's folder (the folder's README is no submission). */
    public static java.util.List<Path> sampleWorkbooks() {
        try (var walk = java.nio.file.Files.walk(SAMPLES)) {
            return walk.filter(p -> p.getFileName().toString().matches(".*\\.xlsx?$")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Copies the sample workbooks into an inbox, keeping their unit folders. */
    public static void copySamples(Path inbox) throws java.io.IOException {
        for (Path sample : sampleWorkbooks()) {
            Path target = inbox.resolve(SAMPLES.relativize(sample));
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.copy(sample, target);
        }
    }

    /** The accepted sample workbooks as the month's units (19 of them). */
    public static java.util.List<th.go.moc.ops.sor301hub.sor301.UnitMonth> sampleMonth() {
        java.util.List<th.go.moc.ops.sor301hub.sor301.UnitMonth> units = new java.util.ArrayList<>();
        for (Path file : sampleWorkbooks()) {
            var s = reader().read(file, file.getFileName().toString(), file.getParent().getFileName().toString());
            if (s.accepted()) {
                units.add(new th.go.moc.ops.sor301hub.sor301.UnitMonth(s.unit().id(), s.unit().shortName(), 1,
                        java.time.Instant.EPOCH, s.fileName(), s.sha256(), s.lines(), s.budget()));
            }
        }
        return units;
    }

    public static Path sample(String unitId) {
        try (var files = java.nio.file.Files.list(SAMPLES.resolve(unitId))) {
            return files.findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
