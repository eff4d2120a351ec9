package th.go.moc.ops.sor301hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.access.AccountStore;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;

/**
 * The Excel task pane's JavaScript, run in Node (Debian's nodejs) with office-addin-mock standing in for Excel,
 * against this running service: src/test/addin/pane.test.js. Fails, never skips, without Node or the mock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddinPaneTest {

    static final Path root = ShareFolders.tempRoot();
    private static final Path TESTS = Path.of("src/test/addin");

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
    }

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @AfterAll
    void removeTheShare() {
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    @Test
    void thePanesCodeChecksMarksAndSubmitsTheOpenWorkbook() throws IOException, InterruptedException {
        assertThat(Files.isExecutable(Path.of("/usr/bin/node")))
                .as("Debian's nodejs is needed (.ci/run installs it)").isTrue();
        assertThat(TESTS.resolve("node_modules/office-addin-mock")).as("npm ci in src/test/addin (.ci/run does it)")
                .isDirectory();
        context.getBean(AccountStore.class).create("khonkaen", "ทดสอบ khonkaen", Role.UNIT, List.of("pco-khonkaen"),
                context.getBean(PasswordEncoder.class).encode("pane-secret"), false, Instant.now());
        ProcessBuilder node = new ProcessBuilder("/usr/bin/node", "--test", "pane.test.js").directory(TESTS.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("node.log").toFile());
        node.environment().put("SOR_HUB_URL", "http://localhost:" + port);
        node.environment().put("SOR_HUB_USER", "khonkaen");
        node.environment().put("SOR_HUB_PASSWORD", "pane-secret");
        node.environment().put("SOR_HUB_WORKBOOK", Fixtures.sample("pco-khonkaen").toAbsolutePath().toString());
        Process p = node.start();
        boolean ended = p.waitFor(3, TimeUnit.MINUTES);
        String log = Files.readString(root.resolve("node.log"), StandardCharsets.UTF_8);
        assertThat(ended).as(log).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("# pass 4").contains("# fail 0");
    }

    @Test
    void theManifestPointsExcelAtThisServiceAndThePaneMayBeFramedByOffice() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        java.net.http.HttpResponse<String> manifest = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/addin/manifest.xml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(manifest.statusCode()).isEqualTo(200);
        // The elements a task pane manifest must have, in the order its schema (OfficeApp 1.1) requires.
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Element app = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                manifest.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(app.getNamespaceURI()).isEqualTo("http://schemas.microsoft.com/office/appforoffice/1.1");
        assertThat(app.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).isEqualTo("TaskPaneApp");
        List<String> order = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = app.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                order.add(e.getLocalName());
            }
        }
        assertThat(order).containsExactly("Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
                "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "DefaultSettings", "Permissions");
        assertThat(app.getElementsByTagNameNS("*", "Id").item(0).getTextContent()).matches("[0-9a-f-]{36}");
        assertThat(((org.w3c.dom.Element) app.getElementsByTagNameNS("*", "Host").item(0)).getAttribute("Name"))
                .isEqualTo("Workbook");
        String pane = ((org.w3c.dom.Element) app.getElementsByTagNameNS("*", "SourceLocation").item(0))
                .getAttribute("DefaultValue");
        assertThat(pane).isEqualTo(base + "/addin/taskpane.html");

        // The pane's page, its script and its icons are served to Excel without signing in; the page may be
        // framed by Excel on the web and load Office.js from Microsoft, and nothing else from elsewhere.
        java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(pane))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("appsforoffice.microsoft.com/lib/1/hosted/office.js").contains("taskpane.js")
                .contains("ตรวจสอบ / Check");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self' https://appsforoffice.microsoft.com").contains("frame-ancestors 'self' https://*.office.com");
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        for (String file : List.of("/addin/taskpane.js", "/addin/icon-32.png", "/addin/icon-64.png")) {
            assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + file)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).as(file).isEqualTo(200);
        }
    }
}
