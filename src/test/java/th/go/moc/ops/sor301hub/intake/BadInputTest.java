package th.go.moc.ops.sor301hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.samples.OneLineWorkbook;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;
import th.go.moc.ops.sor301hub.validation.Problem;

/** Whatever cannot be used is rejected with a reason that names the file, in Thai and English. */
class BadInputTest {

    @TempDir
    Path dir;

    private final SubmissionReader reader = Fixtures.reader();

    private Problem onlyError(Path file, String folder) {
        CheckedSubmission s = reader.read(file, file.getFileName().toString(), folder);
        assertThat(s.accepted()).isFalse();
        assertThat(s.errors()).hasSize(1);
        Problem p = s.errors().get(0);
        assertThat(p.file()).isEqualTo(file.getFileName().toString());
        assertThat(p.location().th()).contains(file.getFileName().toString());
        assertThat(p.location().en()).contains(file.getFileName().toString());
        return p;
    }

    @Test
    void plainTextNamedLikeAWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("รายงาน.xlsx"), "ตัวชี้วัด,ผล\nA,1\n", StandardCharsets.UTF_8);
        Problem p = onlyError(file, null);
        assertThat(p.rule()).isEqualTo("FILE_UNREADABLE");
        assertThat(p.message().th()).contains("CSV").contains("แบบรายงานที่กำหนด");
        assertThat(p.message().en()).contains("plain text");
    }

    @Test
    void binaryThatIsNoSpreadsheet() throws IOException {
        Path file = Files.write(dir.resolve("photo.xlsx"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 0});
        assertThat(onlyError(file, null).message().en()).contains("is not an Excel workbook");
    }

    @Test
    void truncatedWorkbook() throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.sample("kyp"));
        Path file = Files.write(dir.resolve("ตัดครึ่ง.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Problem p = onlyError(file, "kyp");
        assertThat(p.message().th()).contains("เสียหรือไม่สมบูรณ์");
        assertThat(p.message().en()).contains("damaged or incomplete");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path file = dir.resolve("รหัสผ่าน.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(Fixtures.sample("kyp"), os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Problem p = onlyError(file, "kyp");
        assertThat(p.message().th()).contains("รหัสผ่าน");
        assertThat(p.message().en()).contains("password-protected").contains("Remove the password");
    }

    @Test
    void zipBomb() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("plain.xlsx"))) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("ตัวชี้วัด");
            wb.write(out);
        }
        // The same package with a sheet part of 200 MB of spaces, which deflates about a thousandfold.
        try (java.util.zip.ZipFile plain = new java.util.zip.ZipFile(dir.resolve("plain.xlsx").toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(plain.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes());
                    for (int i = 0; i < 200; i++) {
                        zip.write(spaces);
                    }
                    zip.write("<sheetData/></worksheet>".getBytes());
                } else {
                    plain.getInputStream(e).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(file)).isLessThan(1_000_000);
        Problem p = onlyError(file, null);
        assertThat(p.message().en()).contains("zip bomb");
        assertThat(p.message().th()).contains("zip bomb");
    }

    @Test
    void binaryAndOpenDocumentWorkbooksAreToldToSaveAsXlsx() throws IOException {
        Path xlsb = zipWith(dir.resolve("report.xlsb"), "xl/workbook.bin");
        assertThat(onlyError(xlsb, null).message().en()).contains(".xlsb").contains("Save it as .xlsx");
        Path ods = zipWith(dir.resolve("report.ods"), "mimetype");
        assertThat(onlyError(ods, null).message().en()).contains("OpenDocument").contains("Save it as .xlsx");
    }

    @Test
    void workbookOfAnUnknownLayoutNamesTheMissingHeaders() throws IOException {
        Path file = dir.resolve("อื่นๆ.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("รายการ").createRow(0);
            row.createCell(0).setCellValue("ลำดับ");
            row.createCell(1).setCellValue("ตัวชี้วัด");
            row.createCell(2).setCellValue("หมายเหตุ");
            wb.write(out);
        }
        Problem p = onlyError(file, "kyp");
        assertThat(p.rule()).isEqualTo("LAYOUT_UNKNOWN");
        assertThat(p.sheet()).isEqualTo("รายการ");
        assertThat(p.message().th()).contains("ค่าเป้าหมายทั้งปี").contains("template-v1");
        assertThat(p.message().en()).contains("ค่าเป้าหมายทั้งปี").contains("were not found");
    }

    @Test
    void aMonthThatHasNotEndedIsRefused() throws IOException {
        Path file = workbook(wb -> wb.period = "ก.ค. 2569");
        Problem p = onlyError(file, "kyp");
        assertThat(p.rule()).isEqualTo("PERIOD_IN_FUTURE");
        assertThat(p.cell()).isEqualTo("B3");
    }

    @Test
    void aMonthThatCannotBeReadNamesItsCell() throws IOException {
        Path file = workbook(wb -> wb.period = "ครึ่งปีแรก");
        Problem p = onlyError(file, "kyp");
        assertThat(p.rule()).isEqualTo("PERIOD_INVALID");
        assertThat(p.cell()).isEqualTo("B3");
        assertThat(p.found()).isEqualTo("ครึ่งปีแรก");
    }

    @Test
    void aFiscalYearThatDisagreesWithTheMonth() throws IOException {
        Path file = workbook(wb -> wb.fiscalYear = "2568");
        Problem p = onlyError(file, "kyp");
        assertThat(p.rule()).isEqualTo("FISCAL_YEAR_MISMATCH");
        assertThat(p.cell()).isEqualTo("F2");
    }

    @Test
    void aUnitNotInTheRegistry() throws IOException {
        Path file = workbook(wb -> wb.unitName = "กองที่ไม่มีอยู่จริง");
        Problem p = onlyError(file, null);
        assertThat(p.rule()).isEqualTo("UNIT_UNKNOWN");
        assertThat(p.message().th()).contains("กองที่ไม่มีอยู่จริง");
    }

    @Test
    void aWorkbookInAnotherUnitsFolderIsNotGuessed() throws IOException {
        Path file = workbook(wb -> { });
        Problem p = onlyError(file, "pco-phuket");
        assertThat(p.rule()).isEqualTo("UNIT_FOLDER_MISMATCH");
        assertThat(p.message().th()).contains("กองยุทธศาสตร์และแผนงาน").contains("สำนักงานพาณิชย์จังหวัดภูเก็ต");
    }

    @Test
    void theFolderTellsTheUnitWhenTheTitleBlockDoesNot() throws IOException {
        Path file = workbook(wb -> wb.unitName = null);
        CheckedSubmission s = reader.read(file, file.getFileName().toString(), "kyp");
        assertThat(s.accepted()).isTrue();
        assertThat(s.unit().id()).isEqualTo("kyp");
        assertThat(onlyError(file, null).rule()).isEqualTo("UNIT_MISSING");
    }

    /** A valid กยผ. workbook for พ.ค. 2569 with one change. */
    private Path workbook(java.util.function.Consumer<UnitWorkbook> change) throws IOException {
        UnitWorkbook wb = OneLineWorkbook.of("กองยุทธศาสตร์และแผนงาน");
        change.accept(wb);
        Path file = dir.resolve("กยผ.xlsx");
        TemplateV1Writer.write(wb, file);
        return file;
    }

    private static Path zipWith(Path file, String entry) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        return file;
    }
}
