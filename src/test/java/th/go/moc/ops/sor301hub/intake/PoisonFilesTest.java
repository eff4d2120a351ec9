package th.go.moc.ops.sor301hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;
import th.go.moc.ops.sor301hub.samples.OneLineWorkbook;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;

/**
 * Files that used to loop, stall or escape the share, dropped on the running service with its shipped settle
 * time (3 s): each ends with a reason file in rejected/ (or is refused with one), the inbox empties, nothing
 * outside the share is touched, and the next good file is read as usual. A copy that stops for 5 s is read
 * only once whole.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonFilesTest {

    static final Path root = ShareFolders.tempRoot();
    static final Path share = root.resolve("share");

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        registry.add("hub.share", share::toString);
        registry.add("hub.seed-samples", () -> "false");
        registry.add("hub.settle", () -> "3s");
        registry.add("hub.poll", () -> "100ms");
        registry.add("hub.hidden-grace", () -> "2s");
        th.go.moc.ops.sor301hub.testdb.TestDatabase.forTest(root, "db").register(registry);
    }

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    void removeTheShare() {
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    @Test
    void anIndicatorNameLongerThanTheStoreKeepsIsAnErrorOnItsCell() throws IOException {
        UnitWorkbook wb = OneLineWorkbook.of("กองยุทธศาสตร์และแผนงาน");
        wb.lines.get(0).name = "ตัวชี้วัดที่ยาวมาก ".repeat(80);
        Path file = write(wb, "ชื่อยาว.xlsx");
        ShareFolders.drop(file, share.resolve("inbox/kyp"), "ชื่อยาว.xlsx");

        int length = wb.lines.get(0).name.strip().length();
        String reason = reasonFor("ชื่อยาว.xlsx");
        assertThat(reason).contains("เซลล์ G7: ข้อความในช่อง \"ตัวชี้วัด\" ยาว " + length
                        + " ตัวอักษร เกินกว่าที่ระบบรับได้ (1000 ตัวอักษร)")
                .contains("cell G7: The text in \"indicator\" is " + length + " characters long");
        assertThat(rejectedOriginals("ชื่อยาว.xlsx")).hasSize(1);
        assertStillReadsAGoodFile();
    }

    @Test
    void aNameTooLongForTheArchiveIsShortenedAndTheFileKept() throws IOException {
        String name = "รายงาน".repeat(13) + "กยผ.xlsx";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).as("close to the 255-byte limit").isEqualTo(248);
        Path file = write(unique(), "long.xlsx");
        // Copied straight in: the usual temporary name (".name.part") would itself be too long.
        Files.copy(file, Files.createDirectories(share.resolve("inbox/kyp")).resolve(name));

        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        List<Path> kept = ShareFolders.files(share.resolve("archive/2569/05/kyp"));
        assertThat(kept).anySatisfy(p -> {
            assertThat(p.getFileName().toString()).endsWith(".xlsx").contains("~");
            assertThat(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
            assertThat(Files.mismatch(p, file)).isEqualTo(-1);
        });
        assertThat(ShareFolders.files(share.resolve("feedback/kyp")))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).contains("ตรวจแล้ว-checked"));
    }

    @Test
    void anXmlErrorInsideASheetIsADamagedFile() throws IOException {
        Path broken = root.resolve("broken.xlsx");
        rewriteSheet(Fixtures.sample("kyp"), broken,
                xml -> xml.replaceFirst("</sheetData>",
                        "<row r=\"999\"><c r=\"A999\" t=\"inlineStr\"><is><t>ไม่ปิด</is></c></row></sheetData>"));
        ShareFolders.drop(broken, share.resolve("inbox/kyp"), "เสีย.xlsx");

        assertThat(reasonFor("เสีย.xlsx")).contains("เสียหรือไม่สมบูรณ์").contains("damaged or incomplete");
        assertStillReadsAGoodFile();
    }

    @Test
    void anEmptyFileAndAHiddenFileAreAnsweredNotLeft() throws IOException {
        Path inbox = Files.createDirectories(share.resolve("inbox/kyp"));
        Files.write(inbox.resolve("ว่าง.xlsx"), new byte[0]);
        Files.copy(write(unique(), "hidden.xlsx"), inbox.resolve(".ซ่อน.xlsx"));

        assertThat(reasonFor("ว่าง.xlsx")).contains("ว่างเปล่า (0 ไบต์)").contains("is empty (0 bytes)");
        assertThat(reasonFor(".ซ่อน.xlsx")).contains("ขึ้นต้นด้วยจุด").contains("starts with a dot");
        assertStillReadsAGoodFile();
    }

    @Test
    void symbolicLinksAreNeverFollowedAndWhatTheyPointToIsUntouched() throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.xlsx"), "not for the share");
        Path outsideFolder = Files.createDirectories(root.resolve("outside-folder"));
        Path inThere = Files.copy(Fixtures.sample("kyp"), outsideFolder.resolve("ของคนอื่น.xlsx"));
        Path inbox = Files.createDirectories(share.resolve("inbox/kyp"));
        Files.createSymbolicLink(inbox.resolve("ลิงก์.xlsx"), secret);
        Files.createSymbolicLink(share.resolve("inbox/linked-folder"), outsideFolder);

        assertThat(reasonFor("ลิงก์.xlsx")).contains("symbolic link").contains(secret.toString());
        assertThat(reasonFor("linked-folder")).contains("symbolic link");
        ShareFolders.eventually("links gone from the inbox", () -> !Files.exists(inbox.resolve("ลิงก์.xlsx"),
                java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(share.resolve("inbox/linked-folder"),
                java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertThat(secret).hasContent("not for the share");
        assertThat(inThere).exists();
        assertThat(rejectedOriginals("secret.xlsx")).isEmpty();
        assertStillReadsAGoodFile();
    }

    @Test
    void aCopyThatStopsForFiveSecondsIsReadOnlyWhenWhole() throws Exception {
        byte[] whole = Files.readAllBytes(write(unique(), "slow.xlsx"));
        Path inbox = Files.createDirectories(share.resolve("inbox/kyp"));
        Path target = inbox.resolve("ช้า.xlsx");
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(whole, 0, whole.length / 2);
            out.flush();
            Thread.sleep(5000);
            assertThat(target).as("still in the inbox while the copy is stopped").exists();
            out.write(whole, whole.length / 2, whole.length - whole.length / 2);
        }
        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        assertThat(jdbc.sql("select status from submission where file_name = 'ช้า.xlsx'").query(String.class).list())
                .containsExactly("ACCEPTED");
        assertThat(ShareFolders.files(share.resolve("archive/2569/05/kyp")))
                .anySatisfy(p -> assertThat(Files.readAllBytes(p)).isEqualTo(whole));
    }

    /** The reason file for a name, once it is there and the inbox has emptied. */
    private String reasonFor(String name) throws IOException {
        ShareFolders.eventually("a reason file for " + name, () -> reasonFile(name) != null);
        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        return Files.readString(reasonFile(name));
    }

    private Path reasonFile(String name) {
        try {
            return ShareFolders.files(share.resolve("rejected")).stream()
                    .filter(p -> p.getFileName().toString().endsWith("_" + name + ".เหตุผล-reason.txt")).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private List<Path> rejectedOriginals(String name) throws IOException {
        return ShareFolders.files(share.resolve("rejected")).stream()
                .filter(p -> p.getFileName().toString().endsWith("_" + name)).toList();
    }

    /** A valid workbook whose content no other file of the test has (the service knows files by content). */
    private static final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();

    /** A workbook no other of this class's has the same content as (the service would take it for a duplicate). */
    private static UnitWorkbook unique() {
        UnitWorkbook wb = OneLineWorkbook.of("กองยุทธศาสตร์และแผนงาน");
        wb.lines.get(0).result[7] = (double) made.incrementAndGet();
        return wb;
    }

    private void assertStillReadsAGoodFile() throws IOException {
        UnitWorkbook wb = unique();
        String name = "ดี-" + System.nanoTime() + ".xlsx";
        ShareFolders.drop(write(wb, name), share.resolve("inbox/kyp"), name);
        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        assertThat(jdbc.sql("select status from submission where file_name = ?").param(name).query(String.class).list())
                .containsExactly("ACCEPTED");
    }

    private static Path write(UnitWorkbook wb, String name) throws IOException {
        Path file = root.resolve("made-" + System.nanoTime() + "-" + name);
        TemplateV1Writer.write(wb, file);
        return file;
    }

    private static void rewriteSheet(Path from, Path to, java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            boolean changed = false;
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream part = in.getInputStream(e)) {
                    byte[] bytes = part.readAllBytes();
                    if (!changed && e.getName().startsWith("xl/worksheets/")) {
                        bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                        changed = true;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
            assertThat(changed).isTrue();
        }
    }
}
