package th.go.moc.ops.sor301hub.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The share on a real SFTP server (Apache MINA SSHD, password sign-in), reached through Commons VFS and JSch. */
// Closed after the class: its server is gone, and a cached context would keep trying to reach it.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SftpShareTest extends RemoteShareScenario {

    static final Path root = createRoot();
    static final Path serverRoot = root.resolve("sftp-root");
    static SshServer server;
    static int serverPort;

    static Path createRoot() {
        try {
            Path r = Files.createTempDirectory("sor301-sftp");
            Files.createDirectories(r.resolve("sftp-root/share"));
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) throws Exception {
        startTheServer(0);
        properties(registry, root, "sftp://127.0.0.1:" + serverPort + "/share");
    }

    static void startTheServer(int port) throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolve("host-key.ser")));
        server.setPasswordAuthenticator((user, password, session) ->
                user.equals(System.getProperty("user.name")) && password.equals(PASSWORD));
        server.setSubsystemFactories(java.util.List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(serverRoot));
        server.start();
        serverPort = server.getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(true);
    }

    @Override
    Path working() {
        return root.resolve("work");
    }

    @Override
    Path served() {
        return serverRoot.resolve("share");
    }

    @Override
    void stopServer() throws IOException {
        server.stop(true);
    }

    @Override
    void startServer() throws IOException {
        startTheServer(serverPort);
    }
}
