package th.go.moc.ops.sor301hub.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import th.go.moc.ops.sor301hub.sor301.A1;

/**
 * Writes template-v1 workbooks of any size straight to XML: the title block, the two-row header with
 * each month merged over "แผน | ผล", shared strings for names and narrative (as Excel saves them),
 * valid figures (each cumulative is the sum of its months). Fixed zip times: the same input gives the
 * same bytes.
 */
final class V1StreamWriter {

    private static final long FIXED_TIME = 1_780_000_000_000L;
    private static final String[] MONTHS = {"ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69", "มี.ค. 69", "เม.ย. 69",
        "พ.ค. 69", "มิ.ย. 69", "ก.ค. 69", "ส.ค. 69", "ก.ย. 69"};
    private static final String[] LEAD = {"ระดับ", "แผนงาน", "เป้าหมายการให้บริการ", "ผลผลิต/โครงการ", "กิจกรรม", "รหัสตัวชี้วัด",
        "ตัวชี้วัด", "ประเภทตัวชี้วัด", "หน่วยนับ", "ทิศทาง", "ค่าเป้าหมายทั้งปี"};
    private static final String[] TAIL = {"ผลสะสม", "รายละเอียดผลการดำเนินงาน", "ปัญหา/อุปสรรค", "แนวทางแก้ไข"};
    private static final int REPORTED_MONTHS = 8;

    private final Map<String, Integer> strings = new LinkedHashMap<>();

    private V1StreamWriter() {
    }

    /** One unit's workbook for พ.ค. 2569 with {@code rows} indicator lines. */
    static void write(Path file, String unitName, int rows, long seed) throws IOException {
        new V1StreamWriter().writeFile(file, unitName, rows, seed);
    }

    private int s(String text) {
        return strings.computeIfAbsent(text, k -> strings.size());
    }

    private void writeFile(Path file, String unitName, int rows, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        java.util.Random random = new java.util.Random(seed);
        StringBuilder sheet = new StringBuilder(rows * 900);
        List<String> merges = new ArrayList<>();
        sheet.append("<row r=\"1\">").append(str(0, 0, "แบบรายงานผลการดำเนินงาน (สงป. ๓๐๑) รายเดือน")).append("</row>");
        sheet.append("<row r=\"2\">").append(str(1, 0, "หน่วยงาน")).append(str(1, 1, unitName))
                .append(str(1, 4, "ปีงบประมาณ")).append(str(1, 5, "2569")).append("</row>");
        sheet.append("<row r=\"3\">").append(str(2, 0, "ประจำเดือน")).append(str(2, 1, "พ.ค. 2569")).append("</row>");
        StringBuilder top = new StringBuilder("<row r=\"5\">");
        StringBuilder sub = new StringBuilder("<row r=\"6\">");
        for (int c = 0; c < LEAD.length; c++) {
            top.append(str(4, c, LEAD[c]));
            merges.add(A1.of(4, c) + ":" + A1.of(5, c));
        }
        for (int m = 0; m < 12; m++) {
            int col = LEAD.length + 2 * m;
            top.append(str(4, col, MONTHS[m]));
            merges.add(A1.of(4, col) + ":" + A1.of(4, col + 1));
            sub.append(str(5, col, "แผน")).append(str(5, col + 1, "ผล"));
        }
        int tail = LEAD.length + 24;
        for (int t = 0; t < TAIL.length; t++) {
            top.append(str(4, tail + t, TAIL[t]));
            merges.add(A1.of(4, tail + t) + ":" + A1.of(5, tail + t));
        }
        sheet.append(top).append("</row>").append(sub).append("</row>");
        for (int i = 0; i < rows; i++) {
            int r = 6 + i;
            int output = i / 50;
            int activity = i / 10;
            int plan = 5 + random.nextInt(20);
            sheet.append("<row r=\"").append(r + 1).append("\">");
            sheet.append(str(r, 0, "กิจกรรม")).append(str(r, 1, "แผนงานพื้นฐาน"))
                    .append(str(r, 2, "การบริหารจัดการด้านการค้ามีประสิทธิภาพ"))
                    .append(str(r, 3, "ผลผลิตที่ " + (output + 1) + ": การบริหารจัดการด้านการค้าในภูมิภาค"))
                    .append(str(r, 4, "กิจกรรมที่ " + (activity + 1) + ": ส่งเสริมและพัฒนาสินค้าชุมชน"))
                    .append(str(r, 5, "B-" + (i + 1)))
                    .append(str(r, 6, "จำนวนผู้ประกอบการที่ได้รับการพัฒนา กลุ่มที่ " + (i + 1)))
                    .append(str(r, 7, "เชิงปริมาณ")).append(str(r, 8, "ราย")).append(str(r, 9, "ค่ามากดี"))
                    .append(num(r, 10, plan * 12));
            int sum = 0;
            for (int m = 0; m < 12; m++) {
                sheet.append(num(r, LEAD.length + 2 * m, plan));
                if (m < REPORTED_MONTHS) {
                    int result = plan - 2 + random.nextInt(5);
                    sum += result;
                    sheet.append(num(r, LEAD.length + 2 * m + 1, result));
                }
            }
            sheet.append(num(r, tail, sum))
                    .append(str(r, tail + 1, "ดำเนินการตามแผนปฏิบัติงาน ผลสะสมถึงเดือน พ.ค. 2569 เท่ากับ " + sum + " ราย"));
            if (sum < plan * REPORTED_MONTHS) {
                sheet.append(str(r, tail + 2, "กลุ่มเป้าหมายไม่สะดวกเข้าร่วมกิจกรรมในช่วงฤดูเก็บเกี่ยว"))
                        .append(str(r, tail + 3, "ปรับแผนการจัดกิจกรรมในเดือนถัดไป"));
            }
            sheet.append("</row>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="ผลการดำเนินงาน" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="16"/><name val="TH SarabunPSK"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""");
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            strings.keySet().forEach(t -> sst.append("<si><t>").append(t).append("</t></si>"));
            entry(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            StringBuilder merged = new StringBuilder("<mergeCells count=\"" + merges.size() + "\">");
            merges.forEach(m -> merged.append("<mergeCell ref=\"").append(m).append("\"/>"));
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheet
                    + "</sheetData>" + merged + "</mergeCells></worksheet>");
        }
    }

    private String str(int r, int c, String text) {
        return "<c r=\"" + A1.of(r, c) + "\" t=\"s\"><v>" + s(text) + "</v></c>";
    }

    private static String num(int r, int c, int value) {
        return "<c r=\"" + A1.of(r, c) + "\"><v>" + value + "</v></c>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        w.write(content);
        w.flush();
        zip.closeEntry();
    }
}
