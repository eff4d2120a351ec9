package th.go.moc.ops.sor301hub.share;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The share on a real Samba server (Debian's samba, installed by .ci/run): smbd started here on 127.0.0.1 with a
 * configuration and account database of its own, SMB 2 or newer only, reached through our VFS provider on smbj.
 */
// Closed after the class: its server is gone, and a cached context would keep trying to reach it.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmbShareTest extends RemoteShareScenario {

    static final Path root = createRoot();
    static Process smbd;
    static int serverPort;

    static Path createRoot() {
        try {
            return Files.createTempDirectory("sor301-smb");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            serverPort = free.getLocalPort();
        }
        configure();
        startSmbd();
        properties(registry, root, "smb://127.0.0.1:" + serverPort + "/sor301/share");
    }

    private static void configure() throws Exception {
        for (String dir : new String[] {"run", "lock", "state", "cache", "private", "ncalrpc", "served/share"}) {
            Files.createDirectories(root.resolve(dir));
        }
        String user = System.getProperty("user.name");
        Files.writeString(root.resolve("smb.conf"), """
                [global]
                  server role = standalone server
                  workgroup = WORKGROUP
                  netbios name = SOR301TEST
                  smb ports = %2$d
                  interfaces = 127.0.0.1
                  bind interfaces only = yes
                  disable netbios = yes
                  pid directory = %1$s/run
                  lock directory = %1$s/lock
                  state directory = %1$s/state
                  cache directory = %1$s/cache
                  private dir = %1$s/private
                  ncalrpc dir = %1$s/ncalrpc
                  log file = %1$s/log.%%m
                  passdb backend = tdbsam:%1$s/private/passdb.tdb
                  server min protocol = SMB2_02
                  load printers = no
                  printing = bsd
                  printcap name = /dev/null
                  disable spoolss = yes
                [sor301]
                  path = %1$s/served
                  read only = no
                  valid users = %3$s
                """.formatted(root, serverPort, user), StandardCharsets.UTF_8);
        Process add = new ProcessBuilder("smbpasswd", "-c", root.resolve("smb.conf").toString(), "-a", "-s", user)
                .redirectErrorStream(true).start();
        add.getOutputStream().write((PASSWORD + "\n" + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        String said = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (add.waitFor() != 0) {
            throw new IllegalStateException("smbpasswd failed: " + said);
        }
    }

    private static void startSmbd() throws Exception {
        // In a session of its own: smbd signals its whole process group when it stops, which must not be the tests'.
        smbd = new ProcessBuilder("setsid", "smbd", "--foreground", "--no-process-group", "--debug-stdout",
                "--configfile=" + root.resolve("smb.conf")).redirectErrorStream(true)
                .redirectOutput(root.resolve("smbd.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", serverPort)) {
                return;
            } catch (IOException notYet) {
                if (!smbd.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("smbd did not start: " + Files.readString(root.resolve("smbd.out")));
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        stopSmbd();
    }

    /** smbd and the processes it started for each connection. */
    private static void stopSmbd() throws InterruptedException {
        java.util.List<ProcessHandle> children = smbd.descendants().toList();
        smbd.destroy();
        smbd.waitFor(10, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    Path working() {
        return root.resolve("work");
    }

    @Override
    Path served() {
        return root.resolve("served/share");
    }

    @Override
    void stopServer() throws InterruptedException {
        stopSmbd();
    }

    @Override
    void startServer() throws Exception {
        startSmbd();
    }
}
