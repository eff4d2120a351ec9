package th.go.moc.ops.sor301hub.leader;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import th.go.moc.ops.sor301hub.testdb.TestDatabase;

/** One instance of the service in a JVM of its own, as it runs in production: its own port, log file and death. */
final class ServiceJvm {

    static final String ADMIN_PASSWORD = "failover-admin-1";

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ServiceJvm(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceJvm start(String name, Path share, Path dir, TestDatabase database, String failover) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "th.go.moc.ops.sor301hub.Sor301HubApplication",
                "--hub.share=" + share, "--hub.seed-samples=false", "--hub.settle=300ms", "--hub.poll=100ms",
                "--hub.failover=" + failover, "--server.port=" + port, "--hub.access.admin-password=" + ADMIN_PASSWORD,
                // Structured logs, as operations would collect them: one JSON object per line (Elastic Common Schema).
                "--logging.structured.format.console=ecs",
                // The class path of a test run names the build's classes twice (folder and manifest): one set of routes.
                "--camel.main.routes-include-pattern=file:" + Path.of("target/classes/routes").toAbsolutePath()
                        + "/*.camel.yaml"));
        command.addAll(List.of(database.arguments()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServiceJvm(name, port, log, process);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no goodbye to the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The body of /actuator/health, or "" while the instance does not answer. */
    String health() {
        return th.go.moc.ops.sor301hub.Http.text("http://127.0.0.1:" + port + "/actuator/health");
    }

    /** What the health endpoint says of this instance's part: leader, follower, or "" if it does not answer. */
    String role() {
        String health = health();
        int at = health.indexOf("\"role\":\"");
        return at < 0 ? "" : health.substring(at + 8, health.indexOf('"', at + 8));
    }

    /** The health endpoint's overall status (UP, DOWN, OUT_OF_SERVICE), or "" while it does not answer. */
    String status() {
        String health = health();
        if (health.isEmpty()) {
            return "";
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(health).path("status").asText();
        } catch (IOException e) {
            return "unreadable: " + health;
        }
    }

    String metrics() {
        return th.go.moc.ops.sor301hub.Http.text("http://127.0.0.1:" + port + "/actuator/prometheus");
    }

    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    String logTail() {
        try {
            List<String> lines = logLines();
            return name + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return name + ": no log (" + e + ")";
        }
    }
}
