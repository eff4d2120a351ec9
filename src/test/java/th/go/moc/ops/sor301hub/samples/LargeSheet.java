package th.go.moc.ops.sor301hub.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a "long" layout workbook of any number of rows straight to XML inside the zip, so that making
 * a million-row fixture takes seconds and no memory. Indicator names are shared strings (as Excel
 * saves them); months cycle ต.ค. → ก.ย., with results up to พ.ค.
 */
public final class LargeSheet {

    private static final String[] MONTHS = {"ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69", "มี.ค. 69", "เม.ย. 69",
        "พ.ค. 69", "มิ.ย. 69", "ก.ค. 69", "ส.ค. 69", "ก.ย. 69"};
    /** Results are written for ต.ค. to พ.ค., the title's reporting month; later months have a plan only. */
    public static final int REPORTED_MONTHS = 8;
    private static final String[] HEADERS = {"ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมายทั้งปี", "เดือน", "แผน", "ผล"};

    private LargeSheet() {
    }

    /** The number of distinct indicators: rows / 12, each with its twelve months. */
    public static Path write(Path file, int rows) throws IOException {
        int indicators = Math.max(1, rows / 12);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="ข้อมูล" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="1"><font><sz val="16"/><name val="TH SarabunPSK"/></font></fonts>\
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
                    <borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>\
                    <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""");
            // Shared strings: headers, title labels, months, then one name per indicator.
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer sst = writer(zip);
            sst.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String s : HEADERS) {
                si(sst, s);
            }
            si(sst, "หน่วยงาน");
            si(sst, "กองยุทธศาสตร์และแผนงาน");
            si(sst, "รอบรายงาน");
            si(sst, "พ.ค. 2569");
            si(sst, "ราย");
            for (String m : MONTHS) {
                si(sst, m);
            }
            int firstIndicator = HEADERS.length + 5 + MONTHS.length;
            for (int i = 0; i < indicators; i++) {
                si(sst, "จำนวนผู้ประกอบการที่ได้รับการพัฒนา กลุ่มที่ " + (i + 1));
            }
            sst.write("</sst>");
            sst.flush();
            zip.closeEntry();

            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = writer(zip);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            int h = HEADERS.length;
            sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + h + "</v></c><c r=\"B1\" t=\"s\"><v>" + (h + 1) + "</v></c></row>");
            sheet.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>" + (h + 2) + "</v></c><c r=\"B2\" t=\"s\"><v>" + (h + 3) + "</v></c></row>");
            sheet.write("<row r=\"3\">");
            for (int c = 0; c < h; c++) {
                sheet.write("<c r=\"" + (char) ('A' + c) + "3\" t=\"s\"><v>" + c + "</v></c>");
            }
            sheet.write("</row>");
            for (int i = 0; i < rows; i++) {
                int r = i + 4;
                int month = i % 12;
                int indicator = Math.min(i / 12, indicators - 1);
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>" + (firstIndicator + indicator)
                        + "</v></c><c r=\"B" + r + "\" t=\"s\"><v>" + (h + 4) + "</v></c><c r=\"C" + r + "\"><v>120</v></c>"
                        + "<c r=\"D" + r + "\" t=\"s\"><v>" + (h + 5 + month) + "</v></c><c r=\"E" + r + "\"><v>10</v></c>"
                        + (month < REPORTED_MONTHS ? "<c r=\"F" + r + "\"><v>" + (8 + i % 5) + "</v></c>" : "") + "</row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static Writer writer(ZipOutputStream zip) {
        return new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void si(Writer w, String s) throws IOException {
        w.write("<si><t>");
        w.write(s);
        w.write("</t></si>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
