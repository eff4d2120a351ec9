package th.go.moc.ops.sor301hub;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import th.go.moc.ops.sor301hub.intake.SubmissionReader;
import th.go.moc.ops.sor301hub.mapping.CumulationRules;
import th.go.moc.ops.sor301hub.mapping.LayoutLoader;
import th.go.moc.ops.sor301hub.mapping.WorkbookMapper;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;

/** The shipped configuration and a clock in the week after the sample month, for tests. */
public final class Fixtures {

    public static final Path SAMPLES = Path.of("sample-workbooks");
    public static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-05T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

    private Fixtures() {
    }

    public static UnitRegistry units() {
        return UnitRegistry.load(null);
    }

    public static SubmissionReader reader() {
        return new SubmissionReader(new WorkbookMapper(LayoutLoader.load(null), CumulationRules.load(null)), units(),
                JUNE_2026);
    }

    public static Path sample(String unitId) {
        try (var files = java.nio.file.Files.list(SAMPLES.resolve(unitId))) {
            return files.findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
