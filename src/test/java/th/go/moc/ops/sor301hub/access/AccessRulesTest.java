package th.go.moc.ops.sor301hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;

/**
 * Who sees what, over real HTTP against the running service with two provinces' workbooks read: a unit sees only
 * its own unit, a viewer the month but no unit's files, M&E staff everything; sign-ins, failures and downloads are
 * in the audit trail; the first administrator must replace the one-time password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

    static final Path root = ShareFolders.tempRoot();
    static final String FIRST_ADMIN_PASSWORD = "first-start-secret";
    static final String A = "pco-chiangmai";
    static final String B = "pco-chiangrai";

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
        registry.add("hub.access.admin-password", () -> FIRST_ADMIN_PASSWORD);
    }

    @Autowired
    CamelContext camel;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeAll
    void twoProvincesReport() throws IOException {
        for (String unit : new String[] {A, B}) {
            Path sample = Fixtures.sample(unit);
            ShareFolders.drop(sample, root.resolve("share/inbox").resolve(unit), sample.getFileName().toString());
        }
        ShareFolders.awaitQuiet(camel, root.resolve("share/inbox"));
        ShareFolders.eventually("both feedback workbooks", () -> feedbackFiles() == 2);
    }

    @AfterAll
    void removeTheShare() {
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    @Test
    void aUnitSeesItsOwnUnitAndNothingOfAnother() {
        WebUser a = WebUser.signedIn(context, port, "chiangmai", Role.UNIT, A);

        assertThat(a.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/months/2569-05/units/" + A);
        HttpResponse<String> own = a.get("/months/2569-05/units/" + A);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("สำนักงานพาณิชย์จังหวัดเชียงใหม่").contains("ฉบับล่าสุด (ฉบับที่ 1)")
                .doesNotContain("กลับไปหน้ารายงานเดือน");
        HttpResponse<byte[]> feedback = a.download("/months/2569-05/units/" + A + "/feedback");
        assertThat(feedback.statusCode()).isEqualTo(200);
        assertThat(feedback.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        assertThat(a.get("/months/2569-05/units/" + B).statusCode()).isEqualTo(403);
        assertThat(a.download("/months/2569-05/units/" + B + "/feedback").statusCode()).isEqualTo(403);
        assertThat(a.download("/months/2569-05/outputs/SOR301_2569-05.xlsx").statusCode()).isEqualTo(403);
        assertThat(a.get("/months/2569-05").statusCode()).isEqualTo(403);
        assertThat(a.get("/months/2569-05/indicators").statusCode()).isEqualTo(403);
        assertThat(a.get("/audit").statusCode()).isEqualTo(403);
        assertThat(a.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aViewerSeesTheMonthAndTheSummariesButNoUnitsFiles() {
        WebUser viewer = WebUser.signedIn(context, port, "executive", Role.VIEWER);

        HttpResponse<String> month = viewer.get("/months/2569-05");
        assertThat(month.statusCode()).isEqualTo(200);
        assertThat(month.body()).contains("สำนักงานพาณิชย์จังหวัดเชียงใหม่").contains("Summary_2569-05.pdf")
                .doesNotContain("SOR301_2569-05.xlsx").doesNotContain("/units/" + A).doesNotContain(".xlsx</td>");
        assertThat(viewer.get("/months/2569-05/indicators").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> summary = viewer.download("/months/2569-05/outputs/Summary_2569-05.html");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(summary.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");

        assertThat(viewer.get("/months/2569-05/units/" + A).statusCode()).isEqualTo(403);
        assertThat(viewer.download("/months/2569-05/units/" + A + "/feedback").statusCode()).isEqualTo(403);
        assertThat(viewer.download("/months/2569-05/outputs/SOR301_2569-05.xlsx").statusCode()).isEqualTo(403);
        assertThat(viewer.download("/months/2569-05/outputs/EvMIS_2569-05.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void meStaffSeeEveryUnitAndTheirDownloadsAreAudited() {
        WebUser staff = WebUser.signedIn(context, port, "me-officer", Role.ME_STAFF);

        for (String unit : new String[] {A, B}) {
            assertThat(staff.get("/months/2569-05/units/" + unit).statusCode()).isEqualTo(200);
            assertThat(staff.download("/months/2569-05/units/" + unit + "/feedback").statusCode()).isEqualTo(200);
        }
        HttpResponse<byte[]> sor301 = staff.download("/months/2569-05/outputs/SOR301_2569-05.xlsx");
        assertThat(sor301.statusCode()).isEqualTo(200);
        assertThat(sor301.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(staff.get("/admin/users").statusCode()).isEqualTo(403);

        HttpResponse<String> audit = staff.get("/audit?unit=" + B + "&event=DOWNLOAD&actor=me-officer");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("ดาวน์โหลด").contains("me-officer").contains(B)
                .contains("ตรวจแล้ว-checked.xlsx").doesNotContain("<td>" + A + "</td>");
        assertThat(staff.get("/audit?month=2569-05&event=ACCEPTED").body()).contains("<td>" + A + "</td>")
                .contains("ผ่านการตรวจ");
        assertThat(staff.get("/audit?event=LOGIN&actor=me-officer").body()).contains("from 127.0.0.1");
        assertThat(jdbc.sql("select count(*) from audit_event where event = 'DOWNLOAD' and actor = 'me-officer'")
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void repeatedWrongPasswordsAreRefusedForAWhileAndAudited() {
        WebUser.signedIn(context, port, "guesser-target", Role.VIEWER);
        WebUser attacker = WebUser.anonymous(port);
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.signIn("guesser-target", "wrong-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        // Now even the right password is turned away, without being checked.
        HttpResponse<String> right = attacker.signIn("guesser-target", WebUser.password("guesser-target"));
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?blocked");
        assertThat(attacker.get("/login?blocked").body()).contains("ใส่รหัสผ่านผิดหลายครั้งเกินไป");
        assertThat(jdbc.sql("select event from audit_event where actor = 'guesser-target' order by id")
                .query(String.class).list()).containsSubsequence("LOGIN", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_BLOCKED");
    }

    @Test
    void theFirstAdministratorMustReplaceTheOneTimePasswordThenManagesAccounts() {
        WebUser admin = WebUser.anonymous(port);
        assertThat(admin.signIn("admin", FIRST_ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(admin.get("/months/2569-05").headers().firstValue("Location").orElseThrow())
                .endsWith("/account/password");
        assertThat(admin.get("/admin/users").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
        HttpResponse<String> tooShort = admin.post("/account/password", "/account/password",
                Map.of("current", FIRST_ADMIN_PASSWORD, "password", "short", "repeat", "short"));
        assertThat(tooShort.body()).contains("รหัสผ่านใหม่สั้นเกินไป");
        HttpResponse<String> changed = admin.post("/account/password", "/account/password",
                Map.of("current", FIRST_ADMIN_PASSWORD, "password", "a-long-own-secret", "repeat", "a-long-own-secret"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);

        HttpResponse<String> created = admin.post("/admin/users", "/admin/users", Map.of("username", "Lampang",
                "displayName", "พาณิชย์จังหวัดลำปาง", "role", "UNIT", "units", "pco-lampang"));
        assertThat(created.body()).contains("เพิ่มบัญชี lampang แล้ว").contains("id=\"one-time-password\"");
        AccountStore accounts = context.getBean(AccountStore.class);
        assertThat(accounts.byUsername("lampang").orElseThrow()).satisfies(acc -> {
            assertThat(acc.role()).isEqualTo(Role.UNIT);
            assertThat(acc.units()).containsExactly("pco-lampang");
            assertThat(acc.mustChangePassword()).isTrue();
            assertThat(acc.passwordHash()).startsWith("{bcrypt}");
        });
        HttpResponse<String> noUnit = admin.post("/admin/users", "/admin/users",
                Map.of("username", "nounit", "displayName", "x", "role", "UNIT"));
        assertThat(noUnit.body()).contains("ต้องเลือกหน่วยงานอย่างน้อยหนึ่งหน่วย");
        assertThat(accounts.byUsername("nounit")).isEmpty();
        assertThat(jdbc.sql("select detail from audit_event where event = 'ACCOUNT_CREATED' and actor = 'admin'")
                .query(String.class).list()).containsExactly("lampang role UNIT units pco-lampang");
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefused() {
        WebUser staff = WebUser.signedIn(context, port, "csrf-staff", Role.ADMIN);
        HttpResponse<String> forged = staff.postRaw("/admin/users",
                Map.of("username", "forged", "displayName", "x", "role", "ADMIN"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(context.getBean(AccountStore.class).byUsername("forged")).isEmpty();
        assertThat(WebUser.anonymous(port).postRaw("/login", Map.of("username", "csrf-staff",
                "password", WebUser.password("csrf-staff"))).statusCode()).isEqualTo(403);
    }

    @Test
    void errorsArePagesInTheReadersLanguageAndEveryPageCarriesSecurityHeaders() {
        WebUser staff = WebUser.signedIn(context, port, "error-staff", Role.ME_STAFF);
        HttpResponse<String> missing = staff.get("/months/2569-05/units/no-such-unit");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("ไม่พบหน้าที่ต้องการ").doesNotContain("\"timestamp\"").doesNotContain("Exception");
        HttpResponse<String> english = staff.get("/no/such/page?lang=en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found");
        HttpResponse<String> forbidden = WebUser.signedIn(context, port, "error-unit", Role.UNIT, A).get("/audit");
        assertThat(forbidden.body()).contains("ไม่มีสิทธิ์เข้าถึง");

        HttpResponse<String> login = WebUser.anonymous(port).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'").contains("default-src 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("SOR301HUB=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    private long feedbackFiles() {
        try (var walk = Files.walk(root.resolve("share/feedback"))) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
