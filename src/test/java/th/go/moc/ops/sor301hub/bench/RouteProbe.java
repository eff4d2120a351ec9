package th.go.moc.ops.sor301hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Sor301HubApplication;

/**
 * The month through the running service: the real routes with their shipped poll and settle settings,
 * a fresh share and H2 database on disk. The files are dropped as units drop them (copied under a
 * hidden name, then renamed), all at once as on a deadline day. Measures files per second, drop-to-stored
 * latency (p50, p99), and from the last drop to the end of the first outputs build that holds every
 * accepted unit and ends after the last of them was stored; then, once all the feedback is written,
 * from one unit's new version to the outputs that have it.
 */
final class RouteProbe {

    /**
     * @param lastDropToOutputs  all files dropped at once: from the last drop to the outputs with all of them
     * @param oneMoreToOutputs   then one unit's new version alone, as on an ordinary day: from its drop to the
     *                           outputs with it
     */
    record Result(int files, double filesPerSecond, double p50, double p99, double lastDropToOutputs,
                  double oneMoreToOutputs) {
    }

    private RouteProbe() {
    }

    static Result run(List<Path> files, Path work) throws IOException, InterruptedException {
        FileSystemUtils.deleteRecursively(work);
        Path share = Files.createDirectories(work.resolve("share"));
        ConfigurableApplicationContext app = SpringApplication.run(Sor301HubApplication.class,
                "--server.port=0", "--hub.share=" + share.toAbsolutePath(), "--hub.seed-samples=false",
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0");
        try {
            Timings timings = new Timings();
            CamelContext camel = app.getBean(CamelContext.class);
            camel.getManagementStrategy().addEventNotifier(timings);
            Map<String, Long> dropped = new ConcurrentHashMap<>();
            Path inbox = share.resolve("inbox");
            // On a deadline day the service has been running: the inbox's first poll, a second after the
            // start (Camel's initial delay), is behind it; a drop at start-up would be charged that second.
            Thread.sleep(2000);
            long firstDrop = System.nanoTime();
            for (Path f : files) {
                Path folder = Files.createDirectories(inbox.resolve(f.getParent().getFileName()));
                Path partial = folder.resolve("." + f.getFileName() + ".part");
                Files.copy(f, partial);
                Files.move(partial, folder.resolve(f.getFileName()));
                dropped.put(f.getFileName().toString(), System.nanoTime());
            }
            long lastDrop = System.nanoTime();
            long deadline = lastDrop + TimeUnit.MINUTES.toNanos(10);
            while (timings.stored.size() < files.size() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long lastStored = Collections.max(timings.stored.values());
            long builtAfter;
            org.springframework.jdbc.core.simple.JdbcClient jdbc = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            while ((builtAfter = timings.outputsBuiltAfter(timings.lastAccepted)) < 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                timings.readBuilds(jdbc);
            }
            List<Double> latencies = new ArrayList<>();
            timings.stored.forEach((name, at) -> latencies.add((at - dropped.get(name)) / 1e9));
            Collections.sort(latencies);
            awaitQuiet(camel, deadline);
            double oneMore = oneMore(files.get(0), work, inbox, timings, deadline, jdbc);
            return new Result(timings.stored.size(), files.size() / ((lastStored - firstDrop) / 1e9),
                    percentile(latencies, 50), percentile(latencies, 99), (builtAfter - lastDrop) / 1e9, oneMore);
        } finally {
            app.close();
        }
    }

    /** Waits until nothing is routed or owed: the burst's feedback workbooks are all written. */
    private static void awaitQuiet(CamelContext camel, long deadline) throws InterruptedException {
        var work = camel.getRegistry().findSingleByType(th.go.moc.ops.sor301hub.store.WorkQueue.class);
        while (System.nanoTime() < deadline && (camel.getInflightRepository().size() > 0
                || work.anyOpen(th.go.moc.ops.sor301hub.store.WorkQueue.FEEDBACK)
                || work.anyOpen(th.go.moc.ops.sor301hub.store.WorkQueue.OUTPUTS))) {
            Thread.sleep(50);
        }
        Thread.sleep(1000);
    }

    /** Drops a new version of the first file's unit once the service is quiet; seconds until the outputs have it. */
    private static double oneMore(Path first, Path work, Path inbox, Timings timings, long deadline,
                                  org.springframework.jdbc.core.simple.JdbcClient jdbc)
            throws IOException, InterruptedException {
        String unitFolder = first.getParent().getFileName().toString();
        String unitName = th.go.moc.ops.sor301hub.registry.UnitRegistry.load(null).find(unitFolder).orElseThrow().name();
        Path version = work.resolve("v2_" + first.getFileName());
        V1StreamWriter.write(version, unitName, 300, 777L);
        Path partial = inbox.resolve(unitFolder).resolve(".v2.part");
        Files.copy(version, partial);
        long drop = System.nanoTime();
        Files.move(partial, inbox.resolve(unitFolder).resolve("v2_" + first.getFileName()));
        long built;
        while (((built = timings.outputsBuiltAfter(Math.max(drop, timings.lastAccepted))) < 0
                || timings.lastAccepted < drop) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            timings.readBuilds(jdbc);
        }
        return (built - drop) / 1e9;
    }

    static String describe(Result r) {
        return String.format(Locale.ROOT, "route: %d files, %.1f files/s, drop to stored p50 %.2f s, p99 %.2f s; "
                + "last drop to outputs %.2f s; then one unit's new version to outputs %.2f s", r.files(), r.filesPerSecond(),
                r.p50(), r.p99(), r.lastDropToOutputs(), r.oneMoreToOutputs());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** When each file was stored, and when each outputs build started and ended. */
    private static final class Timings extends EventNotifierSupport {

        final Map<String, Long> stored = new ConcurrentHashMap<>();
        /** When the last accepted file was stored: the outputs must include it. */
        volatile long lastAccepted;
        final java.util.Set<String> acceptedUnits = ConcurrentHashMap.newKeySet();
        final List<long[]> builds = new CopyOnWriteArrayList<>();

        @Override
        public void notify(CamelEvent event) {
            Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
            String route = exchange.getFromRouteId();
            long now = System.nanoTime();
            if (event instanceof CamelEvent.ExchangeCompletedEvent && "intake".equals(route)) {
                // The copies handed to the feedback and month routes complete later, under the same file name.
                stored.putIfAbsent(exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class), now);
                th.go.moc.ops.sor301hub.intake.Receipt receipt = exchange.getIn()
                        .getBody(th.go.moc.ops.sor301hub.intake.Receipt.class);
                if (receipt.accepted()) {
                    lastAccepted = Math.max(lastAccepted, now);
                    acceptedUnits.add(receipt.unitId());
                }
            }
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeCompletedEvent;
        }

        /**
         * The builds so far, from the audit trail (a build ends by recording OUTPUTS_BUILT with its unit count):
         * the outputs route is reached from a timer's split, whose parts raise no completion event of their own.
         */
        void readBuilds(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
            long offsetNanos = System.nanoTime() - System.currentTimeMillis() * 1_000_000L;
            List<long[]> found = jdbc.sql("select at, detail from audit_event where event = 'OUTPUTS_BUILT' order by id")
                    .query((rs, n) -> new long[] {Long.parseLong(rs.getString(2).replaceFirst(" units.*", "")),
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant().toEpochMilli() * 1_000_000L
                                + offsetNanos})
                    .list();
            builds.clear();
            builds.addAll(found);
        }

        /** When the first build that holds every accepted unit ended after {@code time}, or -1. */
        long outputsBuiltAfter(long time) {
            return builds.stream().filter(b -> b[1] >= time && b[0] == acceptedUnits.size()).mapToLong(b -> b[1])
                    .min().orElse(-1);
        }
    }
}
