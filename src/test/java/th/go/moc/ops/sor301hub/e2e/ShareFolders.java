package th.go.moc.ops.sor301hub.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A temporary share and database (H2, or PostgreSQL in the build's PostgreSQL run) per test class, with short waits so that tests run in seconds. */
public final class ShareFolders {

    private ShareFolders() {
    }

    public static Path tempRoot() {
        try {
            return Files.createTempDirectory("sor301hub-e2e");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void properties(DynamicPropertyRegistry registry, Path share, String db) {
        registry.add("hub.share", share::toString);
        registry.add("hub.seed-samples", () -> "false");
        registry.add("hub.settle", () -> "300ms");
        registry.add("hub.poll", () -> "100ms");
        th.go.moc.ops.sor301hub.testdb.TestDatabase.forTest(share.getParent(), db).register(registry);
    }

    /**
     * Waits up to 30 s for something the service does after a route is done with a file (the file
     * consumer removes the inbox file once the exchange has completed, on its own thread).
     */
    public static void eventually(String what, java.util.function.BooleanSupplier condition) {
        eventually(() -> what, condition);
    }

    /** As above, with a description worked out when the wait fails (it may say what state things are in). */
    public static void eventually(java.util.function.Supplier<String> what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what.get());
            }
        }
    }

    /** Copies a file in as a unit would: under a temporary name first, then renamed, like a finished copy. */
    public static void drop(Path file, Path inboxFolder, String name) throws IOException {
        Files.createDirectories(inboxFolder);
        Path partial = inboxFolder.resolve("." + name + ".part");
        Files.copy(file, partial);
        Files.move(partial, inboxFolder.resolve(name));
    }

    /**
     * Waits until the service has done all it will do with what was dropped: the inbox empty, no file being
     * read, no message being routed, and no feedback or outputs still owed, twice in a row.
     */
    public static void awaitQuiet(org.apache.camel.CamelContext camel, Path inbox) {
        th.go.moc.ops.sor301hub.store.WorkQueue work = camel.getRegistry()
                .findSingleByType(th.go.moc.ops.sor301hub.store.WorkQueue.class);
        th.go.moc.ops.sor301hub.intake.InboxLock intake = camel.getRegistry()
                .findSingleByType(th.go.moc.ops.sor301hub.intake.InboxLock.class);
        java.util.function.BooleanSupplier quiet = () -> noFiles(inbox) && !intake.busy()
                && camel.getInflightRepository().size() == 0
                && !work.anyOpen(th.go.moc.ops.sor301hub.store.WorkQueue.FEEDBACK)
                && !work.anyOpen(th.go.moc.ops.sor301hub.store.WorkQueue.OUTPUTS);
        eventually(() -> "the service done with the files dropped (inbox " + (noFiles(inbox) ? "empty" : "not empty")
                + ", intake " + (intake.busy() ? "busy" : "idle") + ", in flight " + camel.getInflightRepository().size()
                + ", feedback owed " + work.anyOpen(th.go.moc.ops.sor301hub.store.WorkQueue.FEEDBACK)
                + ", outputs owed " + work.anyOpen(th.go.moc.ops.sor301hub.store.WorkQueue.OUTPUTS) + ")", () -> {
            if (!quiet.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return quiet.getAsBoolean();
        });
    }

    /** Whether a folder and its subfolders hold no file. */
    public static boolean noFiles(Path dir) {
        try {
            return files(dir).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
