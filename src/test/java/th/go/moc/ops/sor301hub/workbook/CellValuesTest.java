package th.go.moc.ops.sor301hub.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader makes of each kind of cell value as Excel and other writers store them in the XML:
 * shared and inline strings, numbers with spaces, signs and exponents, text where a number was
 * expected, formulas' cached texts, truth values, errors, entities and CDATA; and that a damaged
 * shared-string reference makes the file unreadable rather than a wrong value.
 */
class CellValuesTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueIsReadAsStored() throws IOException {
        List<SheetRow> rows = read(workbook("""
                <row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v> 2 </v></c><c r="C1" t="s"><v>0</v></c></row>
                <row r="2"><c r="A2"><v>12.5</v></c><c r="B2"><v>-3</v></c><c r="C2"><v> 7 </v></c>\
                <c r="D2"><v>1.5E3</v></c><c r="E2"><v>12345678901234567890</v></c><c r="F2"><v></v></c></row>
                <row r="3"><c r="A3"><v>ไม่มี</v></c><c r="B3" t="str"><v>ผลรวม &amp; สูตร</v></c>\
                <c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#DIV/0!</v></c><c r="E3" t="str"><v>&#3585;<![CDATA[<ข>]]></v></c></row>
                <row><c t="inlineStr"><is><r><t>แผน</t></r><r><t xml:space="preserve"> งาน</t></r>\
                <rPh sb="0" eb="1"><t>ignored</t></rPh></is></c><c><v>4</v></c></row>
                """, "", "ผลการดำเนินงาน", "<r><t>ราย</t></r><r><t>งาน</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh>"));

        assertThat(rows).extracting(SheetRow::index).containsExactly(0, 1, 2, 3);
        SheetRow texts = rows.get(0);
        assertThat(texts.cell(0)).isEqualTo(new CellValue.Text("ผลการดำเนินงาน"));
        assertThat(texts.cell(1)).as("an index with spaces around it").isEqualTo(new CellValue.Text("รายงาน"));
        assertThat(texts.cell(2)).as("an empty shared string is a blank cell").isNull();

        SheetRow numbers = rows.get(1);
        assertThat(numbers.cell(0)).isEqualTo(new CellValue.Number(12.5, false, false));
        assertThat(numbers.cell(1)).isEqualTo(new CellValue.Number(-3, false, false));
        assertThat(numbers.cell(2)).isEqualTo(new CellValue.Number(7, false, false));
        assertThat(numbers.cell(3)).isEqualTo(new CellValue.Number(1500, false, false));
        assertThat(numbers.cell(4)).as("more digits than a long holds").isEqualTo(new CellValue.Number(1.2345678901234567e19, false, false));
        assertThat(numbers.cell(5)).as("an empty value is a blank cell").isNull();

        SheetRow others = rows.get(2);
        assertThat(others.cell(0)).as("text where a number was expected stays text").isEqualTo(new CellValue.Text("ไม่มี"));
        assertThat(others.cell(1)).isEqualTo(new CellValue.Text("ผลรวม & สูตร"));
        assertThat(others.cell(2)).isEqualTo(new CellValue.Bool(true));
        assertThat(others.cell(3)).isEqualTo(new CellValue.Error("#DIV/0!"));
        assertThat(others.cell(4)).isEqualTo(new CellValue.Text("ก<ข>"));

        SheetRow unnumbered = rows.get(3);
        assertThat(unnumbered.cell(0)).as("runs joined, phonetic hints left out").isEqualTo(new CellValue.Text("แผน งาน"));
        assertThat(unnumbered.cell(1)).as("a cell without a reference follows the one before")
                .isEqualTo(new CellValue.Number(4, false, false));
    }

    @Test
    void aSharedStringTheTableDoesNotHaveMakesTheFileUnreadable() throws IOException {
        Path outOfRange = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", "หนึ่ง");
        assertThatThrownBy(() -> read(outOfRange)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("book.xlsx").hasMessageContaining("เสียหรือไม่สมบูรณ์");
        Path notAnIndex = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>x1</v></c></row>", "หนึ่ง");
        assertThatThrownBy(() -> read(notAnIndex)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("book.xlsx");
    }

    private static List<SheetRow> read(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (WorkbookSource source = Workbooks.open(file)) {
            source.read(source.sheets().get(0), rows::add);
        }
        return rows;
    }

    /** A minimal workbook: one sheet with the given rows, and a shared-strings table of the given items' XML. */
    private Path workbook(String rows, String... sharedItems) throws IOException {
        Path file = dir.resolve("book.xlsx");
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String item : sharedItems) {
            sst.append("<si>").append(item.startsWith("<") ? item : "<t>" + item + "</t>").append("</si>");
        }
        sst.append("</sst>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"ข้อมูล\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                    + "Target=\"sharedStrings.xml\"/></Relationships>");
            entry(zip, "xl/sharedStrings.xml", sst.toString());
            entry(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                    + "main\"><sheetData>" + rows + "</sheetData></worksheet>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
