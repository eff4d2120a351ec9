package th.go.moc.ops.sor301hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.report.ConsolidatedWorkbookWriter;
import th.go.moc.ops.sor301hub.report.MonthData;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.History;
import th.go.moc.ops.sor301hub.workbook.WorkbookSource;
import th.go.moc.ops.sor301hub.workbook.Workbooks;

/**
 * Measures the pipeline against what the machine can do on the same files, in one JVM: floor and
 * pipeline alternate, warm-up rounds first, then medians and min–max. Prints a table and one last
 * line of key=value pairs. Run by bench/run.sh, never by ./mvnw verify.
 */
public final class Benchmark {

    private static final FiscalPeriod MAY_2569 = new FiscalPeriod(2569, 8);
    private static final Instant JUNE_5 = Instant.parse("2026-06-05T03:00:00Z");
    private static final String CONSOLIDATED = "SOR-301 workbook";
    private static final int ROUTE_WARMUP = 2;
    private static final int ROUTE_ROUNDS = 3;
    private static final String WRITE_FLOOR = "write floor (SOR-301 workbook)";
    private static final String ALL_OUTPUTS = "all outputs (+ EvMIS, summaries)";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Presets preset = Presets.valueOf(arg(args, "--preset", "month").toUpperCase(Locale.ROOT));
        int warmup = Integer.parseInt(arg(args, "--warmup", "2"));
        int rounds = Integer.parseInt(arg(args, "--rounds", "5"));
        Path dir = Path.of(arg(args, "--dir", "target/bench")).resolve(preset.name().toLowerCase(Locale.ROOT));
        System.out.printf("preset=%s files=%d rows/file=%d warmup=%d rounds=%d cores=%d%n", preset, preset.files, preset.rows,
                warmup, rounds, Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        List<Path> files = preset.files(dir);
        System.out.printf("inputs ready in %.1f s (%s, manifest %s)%n", (System.nanoTime() - t0) / 1e9, dir,
                dir.resolve("MANIFEST.sha256"));
        TargetComparison comparison = new TargetComparison(TargetComparison.Basis.CUMULATIVE_PLAN, 0);
        Components components = Components.load(null, comparison,
                Components.DEFAULT_CABINET_TARGETS, Components.DEFAULT_DEADLINE_DAY, Clock.systemDefaultZone());
        long rows = Presets.totalRows(files, preset.rows);

        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<UnitMonth> month = List.of();
        Path written = null;
        for (int round = 0; round < warmup + rounds; round++) {
            boolean measured = round >= warmup;
            record(times, "read floor", measured, time(() -> {
                for (Path f : files) {
                    Floors.read(f);
                }
            }));
            record(times, "reader", measured, time(() -> readAll(files)));
            record(times, "check (read, map, check; no store)", measured, time(() -> checkAll(components, files, 1)));
            Database db = Database.fresh();
            record(times, "ingest (read, map, check, store)", measured, time(() -> ingest(components, files, db)));
            month = db.store.accepted(MAY_2569, components::unitLabel);
            db.close();
            Path out = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-out"));
            List<UnitMonth> units = month;
            MonthData data = new MonthData(MAY_2569, units);
            MonthAnalysis analysis = MonthAnalysis.of(MAY_2569, units, comparison, Components.DEFAULT_CABINET_TARGETS);
            written = out.resolve("SOR301-only.xlsx");
            Path sor301 = written;
            record(times, CONSOLIDATED, measured,
                    time(() -> new ConsolidatedWorkbookWriter(comparison).write(analysis, data, sor301)));
            List<byte[]> parts = Floors.xmlParts(written);
            record(times, WRITE_FLOOR, measured, time(() -> Floors.write(parts, ConsolidatedWorkbookWriter.DEFLATE_LEVEL)));
            record(times, ALL_OUTPUTS, measured, time(() -> components.outputs().write(data, out)));
        }
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long outputRows = month.stream().mapToLong(u -> u.lines().size()).sum() * 2;

        double floor = median(times.get("read floor"));
        double reader = median(times.get("reader"));
        double ingest = median(times.get("ingest (read, map, check, store)"));
        double consolidated = median(times.get(CONSOLIDATED));
        System.out.println();
        System.out.printf("%-36s %10s %10s %10s %14s %10s%n", "stage", "median s", "min s", "max s", "rows/s", "x floor");
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            double med = median(e.getValue());
            boolean write = e.getKey().equals(CONSOLIDATED) || e.getKey().equals(WRITE_FLOOR) || e.getKey().equals(ALL_OUTPUTS);
            double base = write ? median(times.get(WRITE_FLOOR)) : floor;
            System.out.printf("%-36s %10.3f %10.3f %10.3f %14.0f %10.2f%n", e.getKey(), med, Collections.min(e.getValue()),
                    Collections.max(e.getValue()), (write ? outputRows : rows) / med, med / base);
        }
        String openpyxl = openpyxlRatio(files, reader);
        String monthSeconds = "n/a";
        String oneMoreSeconds = "n/a";
        if (preset == Presets.MONTH || arg(args, "--route", "no").equals("yes")) {
            // A service on a deadline day has been running all month. Here each burst starts the service anew in
            // this JVM, and the first two bursts were slow in every run (4.5-5.3 s against 2.1-2.6 s after;
            // likely compiling the service's code paths again): they only warm it.
            Path work = dir.resolveSibling(dir.getFileName() + "-route");
            for (int i = 0; i < ROUTE_WARMUP; i++) {
                System.out.println("warm-up " + RouteProbe.describe(RouteProbe.run(files, work)));
            }
            List<Double> monthTimes = new ArrayList<>();
            List<Double> oneMore = new ArrayList<>();
            for (int i = 0; i < ROUTE_ROUNDS; i++) {
                RouteProbe.Result route = RouteProbe.run(files, work);
                System.out.println(RouteProbe.describe(route));
                monthTimes.add(route.lastDropToOutputs());
                oneMore.add(route.oneMoreToOutputs());
            }
            monthSeconds = String.format(Locale.ROOT, "%.2f", median(monthTimes));
            oneMoreSeconds = String.format(Locale.ROOT, "%.2f", median(oneMore));
        }
        String speedup = speedup(components, files);
        String heap1m = arg(args, "--heap-probe", "no").equals("yes") ? heapProbe(dir.getParent()) : "skipped";
        System.out.printf("%nheap after GC: %.0f MB; outputs wrote %d rows (the form and the unit sheets)%n", heap / 1e6,
                outputRows);
        System.out.printf(Locale.ROOT, "read_x_floor=%.2f ingest_x_floor=%.2f openpyxl_x=%s output_rows_per_s=%.0f "
                        + "heap_1m_256m=%s month_s=%s cores_speedup=%s one_more_s=%s%n", reader / floor, ingest / floor,
                openpyxl, outputRows / consolidated, heap1m, monthSeconds, speedup, oneMoreSeconds);
    }

    private static void readAll(List<Path> files) {
        for (Path f : files) {
            try (WorkbookSource source = Workbooks.open(f)) {
                source.sheets().forEach(s -> source.read(s, row -> true));
            }
        }
    }

    /** A fresh in-memory H2 database with the service's schema, made before the clock starts. */
    private record Database(JdbcDataSource source, SubmissionStore store, TransactionTemplate tx) {
        static Database fresh() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(ds).load().migrate();
            return new Database(ds, new SubmissionStore(new JdbcTemplate(ds)),
                    new TransactionTemplate(new DataSourceTransactionManager(ds)));
        }

        void close() {
            new JdbcTemplate(source).execute("shutdown");
        }
    }

    /** Reads, maps and checks every file, and stores it, one transaction per file, as the intake does. */
    private static void ingest(Components components, List<Path> files, Database db) {
        for (Path f : files) {
            CheckedSubmission s = components.reader().read(f, f.getFileName().toString(),
                    f.getParent().getFileName().toString(), JUNE_5, History.NONE);
            db.tx.executeWithoutResult(status -> db.store.save(s, null, f.toString(), null, JUNE_5));
        }
    }

    /** Reading and checking by workbook on every core against on one: the parallel gain. */
    private static String speedup(Components components, List<Path> files) throws Exception {
        if (files.size() < 2) {
            return "n/a (one file)";
        }
        double one = checkAll(components, files, 1);
        double all = checkAll(components, files, Runtime.getRuntime().availableProcessors());
        return String.format(Locale.ROOT, "%.2f", one / all);
    }

    private static double checkAll(Components components, List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> components.reader().read(f, f.getFileName().toString(), null, JUNE_5,
                        History.NONE)));
            }
            for (Future<?> d : done) {
                d.get();
            }
            return (System.nanoTime() - t) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /** openpyxl read_only over the same files, timed inside Python, as a multiple of our reader. */
    private static String openpyxlRatio(List<Path> files, double reader) throws IOException, InterruptedException {
        if (files.get(0).toString().endsWith(".xls")) {
            return "skipped";
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "bench/openpyxl_read.py"));
        files.forEach(f -> command.add(f.toString()));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "skipped";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || !out.startsWith("seconds=")) {
            return "skipped";
        }
        return String.format(Locale.ROOT, "%.1f", Double.parseDouble(out.substring(8)) / reader);
    }

    /** Whether the million-row sheet is read, mapped, checked and stored within a 256 MB heap, in a JVM of its own. */
    private static String heapProbe(Path benchDir) throws IOException, InterruptedException {
        Path file = Presets.MILLION.files(benchDir.resolve("million")).get(0);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dlogback.configurationFile=bench/logback.xml", "-cp", System.getProperty("java.class.path"),
                IngestProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean pass = p.waitFor(20, TimeUnit.MINUTES) && p.exitValue() == 0;
        System.out.println("heap probe: " + (pass ? out.strip() : "failed: " + out.lines().filter(l -> l.contains("Error"))
                .findFirst().orElse(out.strip())));
        return pass ? "pass" : "fail";
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Each stage starts from a collected heap, so that no stage pays for the garbage of the one before. */
    private static double time(Work work) throws Exception {
        System.gc();
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e9;
    }

    private static void record(Map<String, List<Double>> times, String stage, boolean measured, double seconds) {
        List<Double> list = times.computeIfAbsent(stage, k -> new ArrayList<>());
        if (measured) {
            list.add(seconds);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
