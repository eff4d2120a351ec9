package th.go.moc.ops.sor301hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.HeadlessChromium;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.access.WebUser;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;

/** A unit without the add-in checks its workbook on the upload page, sees what is wrong, then sends one (Chromium). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadPageBrowserTest {

    static final Path root = ShareFolders.tempRoot();

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
    }

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeAll
    void openTheBrowser() {
        browser = HeadlessChromium.start(root.resolve("chromium-profile"), 1200, 900);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    private void signIn(String username, Role role, String unit) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/upload");
        WebUser.signedIn(context, port, username, role, unit);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(WebUser.password(username));
        browser.findElement(By.id("sign-in")).click();
        ShareFolders.eventually("the upload page", () -> browser.getCurrentUrl().contains("/upload")
                && !browser.findElements(By.id("upload-form")).isEmpty());
    }

    /** The sample, under a plain name (the browser sends the file's own name). */
    private String file(String unit, String name) throws IOException {
        Path copy = Files.createDirectories(root.resolve("files")).resolve(name);
        Files.copy(Fixtures.sample(unit), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy.toAbsolutePath().toString();
    }

    @Test
    void aUnitSeesWhatIsWrongWithoutSendingThenSendsAGoodOne() throws IOException {
        signIn("khonkaen", Role.UNIT, "pco-khonkaen");
        browser.findElement(By.id("upload-file")).sendKeys(file("pco-khonkaen", "สงป301_พณจขอนแก่น_2569-05.xlsx"));
        browser.findElement(By.id("upload-check")).click();
        ShareFolders.eventually("the check's result", () -> !browser.findElements(By.id("upload-result")).isEmpty());
        assertThat(browser.findElement(By.id("upload-verdict")).getText()).startsWith("ไม่ผ่านการตรวจ: ข้อผิดพลาด 1 รายการ");
        assertThat(browser.findElement(By.id("errors")).getText()).contains("ผลการดำเนินงาน!AA9").contains("ประมาณ 12")
                .contains("PCO-0");
        screenshot("upload-check.png");
        // Checked, not kept: nothing reached the share.
        try (Stream<Path> share = Files.walk(root.resolve("share"))) {
            assertThat(share.filter(Files::isRegularFile).map(Path::toString))
                    .noneMatch(p -> p.contains("/archive/") || p.contains("/rejected/") || p.contains("/inbox/"));
        }

        signIn("chiangmai", Role.UNIT, "pco-chiangmai");
        browser.findElement(By.id("upload-file")).sendKeys(file("pco-chiangmai", "สงป301_พณจเชียงใหม่_2569-05.xlsx"));
        browser.findElement(By.id("upload-submit")).click();
        ShareFolders.eventually("the receipt", () -> !browser.findElements(By.id("upload-receipt")).isEmpty());
        assertThat(browser.findElement(By.id("upload-receipt-status")).getText()).contains("ได้รับเป็นฉบับที่ 1")
                .contains("รับแล้ว");
        screenshot("upload-sent.png");
        browser.findElement(By.id("upload-unit-page")).click();
        ShareFolders.eventually("the unit's page", () -> browser.getCurrentUrl().endsWith("/months/2569-05/units/pco-chiangmai"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        try (Stream<Path> archived = Files.walk(root.resolve("share/archive"))) {
            assertThat(archived.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("สงป301_พณจเชียงใหม่_2569-05.xlsx"));
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedOnThePage() throws IOException {
        signIn("lampang", Role.UNIT, "pco-lampang");
        Path notes = Files.writeString(Files.createDirectories(root.resolve("files")).resolve("notes.txt"), "บันทึก");
        browser.findElement(By.id("upload-file")).sendKeys(notes.toAbsolutePath().toString());
        browser.findElement(By.id("upload-check")).click();
        ShareFolders.eventually("the refusal", () -> !browser.findElements(By.id("upload-refusal")).isEmpty());
        assertThat(browser.findElement(By.id("upload-refusal")).getText()).isEqualTo("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx หรือ .xls)");
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(shot.toPath(), Path.of("target/screenshots", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
