package th.go.moc.ops.sor301hub.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.feedback.Change;
import th.go.moc.ops.sor301hub.feedback.FeedbackFiles;
import th.go.moc.ops.sor301hub.feedback.VersionDiff;
import th.go.moc.ops.sor301hub.intake.InboxFiles;
import th.go.moc.ops.sor301hub.workbook.Workbooks;
import th.go.moc.ops.sor301hub.report.MonthData;
import th.go.moc.ops.sor301hub.report.MonthOutputs;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Rules;

/**
 * {@code batch --inbox DIR --out DIR [--period 2569-05] [--json] [--mappings DIR]}: reads every
 * workbook under DIR once, never changing DIR, and writes the month's outputs under --out, with each
 * unit's feedback workbook under --out/feedback/<unit>/. Exit code
 * 0 when every file was accepted, 1 when any was rejected (outputs still written), 2 on a usage or
 * system error.
 */
public final class BatchCommand {

    public static final int ALL_ACCEPTED = 0;
    public static final int SOME_REJECTED = 1;
    public static final int FAILED = 2;

    private static final String USAGE = """
            วิธีใช้ / Usage:
              java -jar sor301-hub.jar batch --inbox DIR --out DIR [--period 2569-05] [--json] [--mappings DIR]
                --inbox     โฟลเดอร์ที่มีแบบรายงานของหน่วยงาน (อ่านอย่างเดียว) / folder of unit workbooks (read only)
                --out       โฟลเดอร์สำหรับผลลัพธ์ / folder for the outputs
                --period    เดือนที่รายงาน ปี พ.ศ. หรือ ค.ศ. / reporting month, BE or CE year: 2569-05 or 2026-05
                --json      พิมพ์ผลเป็น JSON / print the outcome as JSON
                --mappings  โฟลเดอร์ที่เพิ่มหรือแทนที่ไฟล์ใน mappings/ / folder that adds to or overrides mappings/
            """;

    private BatchCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return FAILED;
        }
        try {
            Path inbox = Path.of(options.get("--inbox"));
            Path outDir = Path.of(options.get("--out"));
            if (!Files.isDirectory(inbox)) {
                err.println("ไม่พบโฟลเดอร์ / No such folder: " + inbox);
                return FAILED;
            }
            FiscalPeriod period = options.containsKey("--period") ? FiscalPeriod.parse(options.get("--period")) : null;
            Path mappings = options.containsKey("--mappings") ? Path.of(options.get("--mappings")) : null;
            Components components = Components.load(mappings,
                    new TargetComparison(TargetComparison.Basis.CUMULATIVE_PLAN, 0.0), Components.DEFAULT_CABINET_TARGETS,
                    Components.DEFAULT_DEADLINE_DAY,
                    Clock.systemDefaultZone());
            return process(components, inbox, outDir, period, options.containsKey("--json"), out);
        } catch (IllegalArgumentException e) {
            err.println("ข้อผิดพลาด / Error: " + e.getMessage());
            err.print(USAGE);
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("ข้อผิดพลาดของระบบ / System error: " + e);
            return FAILED;
        }
    }

    private static int process(Components components, Path inbox, Path outDir, FiscalPeriod wanted, boolean json,
                               PrintStream out) throws IOException {
        List<Path> candidates;
        try (Stream<Path> walk = Files.walk(inbox)) {
            candidates = walk.filter(Files::isRegularFile).filter(InboxFiles::isCandidate)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        // A README or a .json beside the workbooks is no one's report: listed as passed over, not rejected.
        List<Path> files = candidates.stream().filter(Workbooks::mayBeAWorkbook).toList();
        List<String> skipped = candidates.stream().filter(f -> !Workbooks.mayBeAWorkbook(f))
                .map(f -> inbox.relativize(f).toString()).toList();
        List<BatchReport.FileOutcome> outcomes = new ArrayList<>();
        Map<Path, CheckedSubmission> checked = new LinkedHashMap<>();
        Map<Path, Path> feedback = new LinkedHashMap<>();
        Map<String, List<IndicatorLine>> earlier = new LinkedHashMap<>();
        BatchHistory history = new BatchHistory();
        for (Path file : files) {
            String folder = InboxFiles.unitFolder(inbox, file);
            CheckedSubmission s;
            try {
                // A file's modified time is when the unit saved it: the best "sent on" a folder can tell.
                s = components.reader().read(file, file.getFileName().toString(), folder,
                        Files.getLastModifiedTime(file).toInstant(), history);
            } catch (IOException | RuntimeException e) {
                // One file never costs the others: it is reported as not processed, and the rest go on.
                s = new CheckedSubmission(file.getFileName().toString(), null, null, null, 0, null, null, List.of(),
                        List.of(), List.of(Rules.notProcessed(file.getFileName().toString(), e.toString())));
            }
            checked.put(file, s);
            history.add(s);
            // A later file of the same unit and month is a new version: its feedback says what changed.
            String key = s.unit() == null || s.period() == null ? null : s.unit().id() + "|" + s.period();
            List<Change> changes = key != null && earlier.containsKey(key)
                    ? VersionDiff.between(earlier.get(key), s.lines()) : List.of();
            if (key != null) {
                earlier.put(key, s.lines());
            }
            feedback.put(file, FeedbackFiles.write(outDir.resolve("feedback"), file, s, changes, folder));
        }
        FiscalPeriod period = wanted != null ? wanted : mostCommonPeriod(checked.values());
        Map<String, UnitMonth> latest = new LinkedHashMap<>();
        boolean anyRejected = false;
        for (Map.Entry<Path, CheckedSubmission> e : checked.entrySet()) {
            CheckedSubmission s = e.getValue();
            List<String> reasons = s.errors().stream().map(BatchCommand::oneLine).collect(Collectors.toCollection(ArrayList::new));
            if (s.accepted() && period != null && !period.equals(s.period())) {
                reasons.add("ไฟล์นี้เป็นรายงานเดือน " + s.period().thaiLabel() + " ไม่ใช่ " + period.thaiLabel()
                        + " / This file reports " + s.period().englishLabel() + ", not " + period.englishLabel());
            }
            boolean accepted = reasons.isEmpty() && s.accepted();
            anyRejected |= !accepted;
            String relative = inbox.relativize(e.getKey()).toString();
            outcomes.add(new BatchReport.FileOutcome(relative, accepted, reasons,
                    s.warnings().stream().map(BatchCommand::oneLine).toList(), s.lines().size(), feedback.get(e.getKey()),
                    s.layoutId(), s.layoutScore()));
            if (accepted) {
                // Files are taken in name order; a later file of the same unit replaces an earlier one.
                latest.put(s.unit().id(), new UnitMonth(s.unit().id(), components.unitLabel(s.unit().id()),
                        1, Files.getLastModifiedTime(e.getKey()).toInstant(), s.fileName(), s.sha256(), s.lines(), s.budget()));
            }
        }
        MonthOutputs.Written written = null;
        if (period != null) {
            List<UnitMonth> units = latest.values().stream().sorted(Comparator.comparing(UnitMonth::unitId)).toList();
            written = components.outputs().write(new MonthData(period, units,
                    components.notReported(period, latest.keySet())), outDir);
        }
        BatchReport report = new BatchReport(outcomes, skipped, written);
        out.print(json ? report.toJson() : report.toText());
        return anyRejected ? SOME_REJECTED : ALL_ACCEPTED;
    }

    private static FiscalPeriod mostCommonPeriod(java.util.Collection<CheckedSubmission> all) {
        return all.stream().filter(CheckedSubmission::accepted).map(CheckedSubmission::period)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<FiscalPeriod, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String oneLine(Problem p) {
        return p.location().th() + ": " + p.message().th() + " / " + p.location().en() + ": " + p.message().en();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "batch" -> { }
                case "--json" -> options.put(a, "true");
                case "--inbox", "--out", "--period", "--mappings" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("ต้องระบุค่าหลัง " + a + " / " + a + " needs a value");
                    }
                    options.put(a, args[++i]);
                }
                default -> throw new IllegalArgumentException("ไม่รู้จัก / Unknown option: " + a);
            }
        }
        for (String required : List.of("--inbox", "--out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("ต้องระบุ " + required + " / " + required + " is required");
            }
        }
        return options;
    }
}
