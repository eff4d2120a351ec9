package th.go.moc.ops.sor301hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.access.WebUser;

/**
 * The web app in a real browser (Debian's Chromium): the month page as M&E staff see it, in Thai and in
 * English, and what a province's account may and may not open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthPageBrowserTest {

    static final Path root = th.go.moc.ops.sor301hub.e2e.ShareFolders.tempRoot();

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) throws IOException {
        th.go.moc.ops.sor301hub.e2e.ShareFolders.properties(registry, root.resolve("share"), "db");
        // The shipped registry, with a coordinator for กยผ.
        Path mappings = Files.createDirectories(root.resolve("mappings"));
        String units = Files.readString(Path.of("mappings/units.yaml"));
        Files.writeString(mappings.resolve("units.yaml"), units.replace("    name: กองยุทธศาสตร์และแผนงาน\n",
                "    name: กองยุทธศาสตร์และแผนงาน\n    contact:\n      name: นางสาวทดสอบ ประสานงาน\n"
                        + "      phone: 0 2000 0000 ต่อ 1234\n      email: kyp@example.org\n"));
        registry.add("hub.mappings", mappings::toString);
    }

    @Autowired
    CamelContext camel;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeAll
    void twoUnitsReport() throws IOException {
        // A missing browser fails the build (HeadlessChromium.start): a browser test that quietly skips proves nothing.
        NotifyBuilder done = new NotifyBuilder(camel).fromCurrentRoute("intake").whenDone(2).create();
        NotifyBuilder built = new NotifyBuilder(camel).fromCurrentRoute("outputs").whenDone(1).create();
        for (String unit : new String[] {"kyp", "pco-chiangrai"}) {
            Path sample = Fixtures.sample(unit);
            th.go.moc.ops.sor301hub.e2e.ShareFolders.drop(sample, root.resolve("share/inbox").resolve(unit),
                    sample.getFileName().toString());
        }
        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(built.matches(30, TimeUnit.SECONDS)).isTrue();
        th.go.moc.ops.sor301hub.e2e.ShareFolders.awaitQuiet(camel, root.resolve("share/inbox"));

        browser = th.go.moc.ops.sor301hub.HeadlessChromium.start(root.resolve("chromium-profile"), 1400, 1000);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    @Test
    void showsWhoHasSentWhoWasRejectedAndWhoIsLateThenSwitchesToEnglish() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).as("an anonymous visitor is sent to sign in").endsWith("/login");
        signIn("me-staff", Role.ME_STAFF);

        assertThat(browser.getCurrentUrl()).endsWith("/months/2569-05");
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo("ทดสอบ me-staff");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("รายงานประจำเดือน พ.ค. 2569");
        assertThat(browser.findElement(By.id("summary")).getText())
                .isEqualTo("รับแล้ว 1 หน่วยงาน · ไม่ผ่านการตรวจ 1 · ยังไม่ส่ง 86 · เลยกำหนด 87");
        assertThat(row("kyp")).contains("กองยุทธศาสตร์และแผนงาน").contains("รับแล้ว").contains("สงป301_กยผ_2569-05.xlsx");
        // One error (no result for พ.ค.), one warning (sent after 10 มิ.ย. 2569: the test drops it today).
        assertThat(row("pco-chiangrai")).contains("ไม่ผ่านการตรวจ").contains("1 / 1");
        assertThat(row("pco-krabi")).contains("ยังไม่ส่ง").contains("เลยกำหนด");
        assertThat(browser.findElements(By.cssSelector("#outputs a"))).extracting(e -> e.getText())
                .containsExactly("SOR301_2569-05.xlsx", "EvMIS_2569-05.xlsx", "EvMIS_2569-05.csv", "Summary_2569-05.pdf",
                        "Summary_2569-05.html", "Public_2569-05.pdf", "Public_2569-05.html");
        Path screenshot = screenshot("month-th.png");
        assertThat(distinctColours(screenshot)).as("a page, not a blank").isGreaterThan(20);
        // Staff may open any unit's page.
        browser.findElement(By.linkText("กองยุทธศาสตร์และแผนงาน")).click();
        awaitHeading("กองยุทธศาสตร์และแผนงาน");
        browser.navigate().back();
        awaitHeading("รายงานประจำเดือน พ.ค. 2569");

        browser.findElement(By.linkText("English")).click();
        awaitHeading("Report for May 2026");
        assertThat(row("kyp")).contains("Strategy and Planning Division").contains("Accepted");
        assertThat(row("pco-krabi")).contains("Not yet sent").contains("Overdue");
        // The choice is remembered on the next page.
        browser.findElement(By.linkText("April 2026")).click();
        awaitHeading("Report for April 2026");
        screenshot("month-en-april.png");
        browser.findElement(By.linkText("ภาษาไทย")).click();
        awaitHeading("รายงานประจำเดือน เม.ย. 2569");
        browser.findElement(By.id("logout")).click();
        th.go.moc.ops.sor301hub.e2e.ShareFolders.eventually("signed out", () -> browser.getCurrentUrl().endsWith("/login?logout")
                && !browser.findElements(By.id("logged-out")).isEmpty());
        assertThat(browser.findElement(By.id("logged-out")).getText()).isEqualTo("ออกจากระบบแล้ว");
    }

    @Test
    void whoNeedsChasingComesFirstAndTheFiltersShowOneGroup() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/months/2569-05");
        signIn("chaser", Role.ME_STAFF);
        awaitHeading("รายงานประจำเดือน พ.ค. 2569");

        List<String> rows = browser.findElements(By.cssSelector("#units tbody tr")).stream()
                .map(r -> r.getAttribute("id")).toList();
        assertThat(rows).hasSize(88);
        assertThat(browser.findElement(By.cssSelector("#units tbody tr")).getText()).contains("เลยกำหนด");
        // Accepted, but after the deadline (the test drops it today): last, and tagged.
        assertThat(rows.get(rows.size() - 1)).isEqualTo("unit-kyp");
        assertThat(row("kyp")).contains("รับแล้ว").contains("ส่งช้า");
        assertThat(browser.findElement(By.id("filter-late")).getText()).isEqualTo("ส่งช้า (1)");

        browser.findElement(By.id("filter-rejected")).click();
        awaitHeading("รายงานประจำเดือน พ.ค. 2569");
        th.go.moc.ops.sor301hub.e2e.ShareFolders.eventually("the rejected units only", () ->
                browser.getCurrentUrl().endsWith("show=rejected"));
        assertThat(browser.findElements(By.cssSelector("#units tbody tr"))).extracting(r -> r.getAttribute("id"))
                .containsExactly("unit-pco-chiangrai");
        browser.findElement(By.id("filter-missing")).click();
        th.go.moc.ops.sor301hub.e2e.ShareFolders.eventually("the units not yet sent", () ->
                browser.getCurrentUrl().endsWith("show=missing"));
        assertThat(browser.findElements(By.cssSelector("#units tbody tr"))).hasSize(86)
                .allSatisfy(r -> assertThat(r.getText()).contains("ยังไม่ส่ง"));
    }

    @Test
    void aProvinceSeesItsOwnPageAndIsRefusedAnotherUnitsPageFeedbackAndTheConsolidatedWorkbook() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/months/2569-05/units/pco-chiangrai");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        signIn("chiangrai", Role.UNIT, "pco-chiangrai");

        // Back where it was going: its own page, with its problem and its feedback to download.
        assertThat(browser.getCurrentUrl()).contains("/months/2569-05/units/pco-chiangrai");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("สำนักงานพาณิชย์จังหวัดเชียงราย");
        assertThat(browser.findElement(By.id("errors")).getText()).contains("พ.ค.");
        assertThat(browser.findElements(By.id("feedback"))).hasSize(1);
        assertThat(browser.findElements(By.id("nav-audit"))).isEmpty();
        screenshot("unit-own.png");

        for (String refused : new String[] {"/months/2569-05/units/kyp", "/months/2569-05/units/kyp/feedback",
            "/months/2569-05/outputs/SOR301_2569-05.xlsx", "/months/2569-05"}) {
            browser.get("http://localhost:" + port + refused);
            assertThat(browser.findElement(By.id("error-heading")).getText()).as(refused).isEqualTo("ไม่มีสิทธิ์เข้าถึง");
        }
        screenshot("unit-refused.png");
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/months/2569-05/units/pco-chiangrai");
    }

    @Test
    void staffSeeWhomToCallAboutEachUnit() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/months/2569-05");
        signIn("caller", Role.ME_STAFF);
        awaitHeading("รายงานประจำเดือน พ.ค. 2569");
        assertThat(row("kyp")).contains("นางสาวทดสอบ ประสานงาน").contains("0 2000 0000 ต่อ 1234").contains("kyp@example.org");
        assertThat(browser.findElement(By.cssSelector("#unit-kyp td.contact a[href^='tel:']")).getAttribute("href"))
                .isEqualTo("tel:020000000");
        assertThat(row("pco-krabi")).contains("ยังไม่ได้ระบุ");
    }

    @Test
    void theIndicatorsPageDrawsItsChartsBesideTheirFiguresAndLeadsToEachIndicatorsUnits() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/months/2569-05/indicators");
        signIn("analyst", Role.VIEWER);
        awaitHeading("ตัวชี้วัด พ.ค. 2569");
        // Three bars (above, on, below target) and their counts in the table beside, which add up to the lines.
        assertThat(browser.findElements(By.cssSelector("#chart-standings svg rect"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#chart-standings svg")).getAttribute("aria-labelledby"))
                .isEqualTo("chart-standings-title");
        List<Integer> counts = browser.findElements(By.cssSelector("#standings-table tbody td:nth-child(2)")).stream()
                .map(e -> Integer.parseInt(e.getText())).toList();
        int lines = browser.findElements(By.cssSelector("#indicators tbody tr")).size();
        assertThat(counts).hasSize(3);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).as("one line per indicator of กยผ.").isEqualTo(lines);
        // Disbursement and the Cabinet's target month by month, ต.ค. to พ.ค.
        assertThat(browser.findElements(By.cssSelector("#chart-spending svg polyline"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#spending-table tbody tr"))).hasSize(8);
        assertThat(browser.findElement(By.cssSelector("#spending-table tbody tr")).getText()).startsWith("ต.ค.");
        screenshot("indicators-charts.png");

        WebElement first = browser.findElement(By.cssSelector("#indicators tbody tr td:nth-child(3) a"));
        String indicator = first.getText();
        first.click();
        awaitHeading(indicator);
        assertThat(browser.findElements(By.cssSelector("#indicator-units tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#indicator-units tbody tr")).getText())
                .contains("กยผ.").containsPattern("(สูงกว่า|เป็นไปตาม|ต่ำกว่า)ค่าเป้าหมาย")
                // "ร้อยละ 56", never "56 ร้อยละ".
                .doesNotContainPattern("[0-9] ร้อยละ( [^0-9]|$)");
    }

    @Test
    void onAPhoneEveryPageFitsTheScreenWithoutScrollingSideways() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/months/2569-05");
        signIn("phone", Role.ME_STAFF);
        awaitHeading("รายงานประจำเดือน พ.ค. 2569");
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(400, 800));
            browser.get("http://localhost:" + port + "/months/2569-05/indicators");
            String indicatorPage = browser.findElement(By.cssSelector("#indicators tbody tr td:nth-child(3) a"))
                    .getAttribute("href");
            for (String page : List.of("/months/2569-05", "/months/2569-05?lang=en", "/months/2569-05/indicators",
                    indicatorPage, "/months/2569-05/units/kyp", "/months/2569-05/units/pco-chiangrai", "/audit", "/upload")) {
                browser.get(page.startsWith("http") ? page : "http://localhost:" + port + page);
                long width = ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.clientWidth")).longValue();
                long content = ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth")).longValue();
                assertThat(width).as("the browser is phone-sized").isLessThanOrEqualTo(400);
                assertThat(content).as("%s is no wider than the screen", page).isLessThanOrEqualTo(width);
            }
            browser.get("http://localhost:" + port + "/months/2569-05?lang=th");
            screenshot("month-phone.png");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void englishPagesShowNoThaiDates() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/months/2569-05?lang=en");
        signIn("reader", Role.ME_STAFF);
        Pattern thaiDate = Pattern.compile("(ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค|ส\\.ค|ก\\.ย|ต\\.ค|พ\\.ย|ธ\\.ค)\\.|"
                + "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
                // A Buddhist-era year, but not in a file or month key such as "สงป301_กยผ_2569-05.xlsx".
                + "(?<![\\w-])25[5-7][0-9](?![\\w-])");
        for (String page : List.of("/months/2569-05?lang=en", "/months/2569-05/indicators?lang=en",
                "/months/2569-05/units/kyp?lang=en", "/months/2569-05/units/pco-chiangrai?lang=en", "/audit?lang=en")) {
            browser.get("http://localhost:" + port + page);
            String text = browser.findElement(By.tagName("body")).getText();
            assertThat(thaiDate.matcher(text).results().map(m -> m.group()).toList()).as(page).isEmpty();
        }
        browser.get("http://localhost:" + port + "/months/2569-05?lang=th");
    }

    /** Waits for the page a click leads to (a click can return before the next page has loaded). */
    private void awaitHeading(String heading) {
        th.go.moc.ops.sor301hub.e2e.ShareFolders.eventually(() -> "the heading \"" + heading + "\", not \""
                + browser.findElements(By.tagName("h1")).stream().map(e -> e.getText()).toList() + "\"", () -> {
            try {
                return browser.findElements(By.tagName("h1")).stream().anyMatch(e -> heading.equals(e.getText()));
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Signs in through the sign-in page, as a person would (the account is made first, with a known password). */
    private void signIn(String username, Role role, String... units) {
        WebUser.signedIn(context, port, username, role, units);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("เข้าสู่ระบบ");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(WebUser.password(username));
        browser.findElement(By.id("sign-in")).click();
        th.go.moc.ops.sor301hub.e2e.ShareFolders.eventually("signed in", () -> !browser.getCurrentUrl().contains("/login")
                && !browser.findElements(By.id("who")).isEmpty());
    }

    private String row(String unitId) {
        return browser.findElement(By.id("unit-" + unitId)).getText();
    }

    private Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int distinctColours(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
