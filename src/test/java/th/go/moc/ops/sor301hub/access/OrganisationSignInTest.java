package th.go.moc.ops.sor301hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.oidcserver.OidcTestServer;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;

/**
 * Sign-in with the organisation's OpenID Connect provider, end to end in a real browser against a real provider
 * (Spring Authorization Server) started by the test: the claims give the role and units, a person without a role
 * is turned away, and an account kept here decides over the claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSignInTest {

    static final Path root = ShareFolders.tempRoot();
    static final int PORT = freePort();
    /** The service as "localhost", the provider as "127.0.0.1": two hosts, so their cookies stay apart as in life. */
    static final String SERVICE = "http://localhost:" + PORT;
    static final ConfigurableApplicationContext provider = OidcTestServer.start(SERVICE, "ministry");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
        registry.add("server.port", () -> PORT);
        String registration = "spring.security.oauth2.client.registration.ministry.";
        registry.add(registration + "client-id", () -> OidcTestServer.CLIENT_ID);
        registry.add(registration + "client-secret", () -> OidcTestServer.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "MOC SSO");
        registry.add(registration + "scope", () -> "openid");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add("spring.security.oauth2.client.provider.ministry.issuer-uri", () -> OidcTestServer.issuer(provider));
    }

    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;

    @BeforeAll
    void openTheBrowser() {
        browser = th.go.moc.ops.sor301hub.HeadlessChromium.start(root.resolve("chromium-profile"), 1200, 900);
    }

    @BeforeEach
    void signedOutEverywhere() {
        // Each test starts as a new visitor to both the service and the provider.
        for (String host : new String[] {SERVICE, OidcTestServer.issuer(provider)}) {
            browser.get(host + "/favicon.ico");
            browser.manage().deleteAllCookies();
        }
    }

    @AfterAll
    void closeEverything() {
        if (browser != null) {
            browser.quit();
        }
        provider.close();
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    @Test
    void anMeOfficerSignsInWithTheOrganisationAccountAndSeesTheMonth() {
        signInAtTheProvider("somchai");

        assertThat(browser.getCurrentUrl()).startsWith(SERVICE + "/months/");
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo("สมชาย ใจดี");
        assertThat(browser.findElements(By.id("nav-audit"))).as("M&E staff see the audit trail").hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where event = 'LOGIN' and actor = 'somchai'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aUnitOfficersClaimsGiveOnlyTheirUnit() {
        signInAtTheProvider("malee");

        assertThat(browser.getCurrentUrl()).contains("/units/pco-chiangmai");
        browser.get(SERVICE + "/months/2569-05/units/pco-chiangrai");
        assertThat(browser.findElement(By.id("error-heading")).getText()).isEqualTo("ไม่มีสิทธิ์เข้าถึง");
    }

    @Test
    void someoneWithoutARoleIsTurnedAwayWithAReason() {
        signInAtTheProvider("nobody");

        assertThat(browser.getCurrentUrl()).endsWith("/login?oidc-error");
        assertThat(browser.findElement(By.id("login-oidc-error")).getText()).contains("ยังไม่ได้รับสิทธิ์");
        assertThat(jdbc.sql("select detail from audit_event where event = 'LOGIN_FAILED'").query(String.class).list())
                .anySatisfy(d -> assertThat(d).contains("no_role"));
    }

    private void signInAtTheProvider(String username) {
        browser.get(SERVICE + "/login");
        browser.findElement(By.id("oidc-ministry")).click();
        assertThat(browser.getCurrentUrl()).as("at the provider's own sign-in page")
                .startsWith(OidcTestServer.issuer(provider) + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(OidcTestServer.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // Back through the provider's redirects to the service (the click returns before they are all done).
        ShareFolders.eventually("back at the service", () -> browser.getCurrentUrl().startsWith(SERVICE)
                && !"loading".equals(((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.readyState")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
