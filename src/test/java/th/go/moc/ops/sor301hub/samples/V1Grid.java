package th.go.moc.ops.sor301hub.samples;

import java.util.ArrayList;
import java.util.List;
import th.go.moc.ops.sor301hub.sor301.A1;

/**
 * Template v1's performance sheet as rows for {@link GridWorkbook}, with its columns in any order and
 * extra columns inserted: what units do to the template.
 */
public final class V1Grid {

    /** The template's column blocks in their usual order; "m1".."m12" are a month's plan and result. */
    public static final List<String> STANDARD = List.of("level", "programme", "serviceTarget", "outputProject",
            "activity", "code", "indicator", "kind", "unitOfCount", "direction", "annualTarget",
            "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12",
            "cumulative", "narrative", "problems", "remedies");

    private static final String[] HEADERS = {"ระดับ", "แผนงาน", "เป้าหมายการให้บริการ", "ผลผลิต/โครงการ", "กิจกรรม",
        "รหัสตัวชี้วัด", "ตัวชี้วัด", "ประเภทตัวชี้วัด", "หน่วยนับ", "ทิศทาง", "ค่าเป้าหมายทั้งปี"};
    private static final String[] TAIL = {"ผลสะสม", "รายละเอียดผลการดำเนินงาน", "ปัญหา/อุปสรรค", "แนวทางแก้ไข"};

    private V1Grid() {
    }

    /**
     * Writes the sheet into a grid: title block, two header rows, one row per line.
     *
     * @param order column blocks in order; any name not in {@link #STANDARD} is an extra column with that header
     */
    public static GridWorkbook.Grid fill(GridWorkbook.Grid grid, UnitWorkbook wb, List<String> order) {
        grid.row("แบบรายงานผลการดำเนินงาน (สงป. ๓๐๑) รายเดือน");
        grid.row("หน่วยงาน", wb.unitName, null, null, "ปีงบประมาณ", wb.fiscalYear);
        grid.row("ประจำเดือน", wb.period);
        grid.row();
        List<Object> top = new ArrayList<>();
        List<Object> sub = new ArrayList<>();
        for (String block : order) {
            int col = top.size();
            if (block.matches("m\\d+")) {
                int m = Integer.parseInt(block.substring(1));
                top.add(TemplateV1Writer.monthHeader(m, Integer.parseInt(wb.fiscalYear)));
                top.add(null);
                sub.add("แผน");
                sub.add("ผล");
                grid.merge(A1.of(4, col) + ":" + A1.of(4, col + 1));
            } else {
                int standard = STANDARD.indexOf(block);
                top.add(standard < 0 ? block : standard < HEADERS.length ? HEADERS[standard]
                        : TAIL[standard - STANDARD.indexOf("cumulative")]);
                sub.add(null);
                grid.merge(A1.of(4, col) + ":" + A1.of(5, col));
            }
        }
        grid.row(top.toArray());
        grid.row(sub.toArray());
        for (UnitWorkbook.Line l : wb.lines) {
            List<Object> row = new ArrayList<>();
            for (String block : order) {
                if (block.matches("m\\d+")) {
                    int m = Integer.parseInt(block.substring(1));
                    row.add(l.plan[m - 1]);
                    row.add(l.result[m - 1]);
                } else {
                    row.add(value(l, block));
                }
            }
            grid.row(row.toArray());
        }
        return grid;
    }

    private static Object value(UnitWorkbook.Line l, String block) {
        return switch (block) {
            case "level" -> l.level;
            case "programme" -> l.programme;
            case "serviceTarget" -> l.serviceTarget;
            case "outputProject" -> l.outputProject;
            case "activity" -> l.activity;
            case "code" -> l.code;
            case "indicator" -> l.name;
            case "kind" -> l.kind;
            case "unitOfCount" -> l.unitOfCount;
            case "direction" -> l.direction;
            case "annualTarget" -> l.annualTarget;
            case "cumulative" -> l.cumulative;
            case "narrative" -> l.narrative;
            case "problems" -> l.problems;
            case "remedies" -> l.remedies;
            default -> "หมายเหตุของหน่วยงาน";
        };
    }

    /** The standard order with the blocks shuffled by a fixed rule and the given extra columns inserted. */
    public static List<String> shuffledWith(String... extra) {
        List<String> order = new ArrayList<>(STANDARD);
        java.util.Collections.shuffle(order, new java.util.Random(69));
        List<String> withExtra = new ArrayList<>(order);
        for (int i = 0; i < extra.length; i++) {
            withExtra.add(3 + 5 * i, extra[i]);
        }
        return withExtra;
    }
}
