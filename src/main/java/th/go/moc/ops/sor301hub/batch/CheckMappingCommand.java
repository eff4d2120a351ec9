package th.go.moc.ops.sor301hub.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.go.moc.ops.sor301hub.mapping.ColumnSpec;
import th.go.moc.ops.sor301hub.mapping.CumulationRules;
import th.go.moc.ops.sor301hub.mapping.Layout;
import th.go.moc.ops.sor301hub.mapping.LayoutFileException;
import th.go.moc.ops.sor301hub.mapping.LayoutLoader;
import th.go.moc.ops.sor301hub.mapping.MappedWorkbook;
import th.go.moc.ops.sor301hub.mapping.TitleBlock;
import th.go.moc.ops.sor301hub.mapping.WorkbookMapper;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.workbook.WorkbookSource;
import th.go.moc.ops.sor301hub.workbook.Workbooks;

/**
 * {@code check-mapping --layout FILE --workbook FILE}: reads one sample workbook with one mapping, nothing
 * else, and prints what it found field by field (the column each field came from and its value on the
 * first line), the title block, the lines read, and every problem met, so that whoever writes a mapping
 * sees at once what it reads and what it misses. Nothing is stored or written.
 */
public final class CheckMappingCommand {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int FAILED = 2;
    private static final int LINES_SHOWN = 5;

    static final String USAGE = """
            ใช้ / usage:
              java -jar sor301-hub.jar check-mapping --layout FILE.yaml --workbook FILE.xlsx [--mappings DIR]
                --layout    ไฟล์แบบรายงาน (mappings/layouts/*.yaml) ที่จะลอง / the mapping to try
                --workbook  ไฟล์ตัวอย่างของหน่วยงาน / a unit's sample workbook
                --mappings  โฟลเดอร์ cumulation.yaml ที่ใช้แทนของระบบ / a folder overriding cumulation.yaml
            """;

    private CheckMappingCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("ไม่เข้าใจ / Not understood: " + args[i]);
                err.print(USAGE);
                return FAILED;
            }
            options.put(args[i], args[++i]);
        }
        if (!options.containsKey("--layout") || !options.containsKey("--workbook")) {
            err.print(USAGE);
            return FAILED;
        }
        Path layoutFile = Path.of(options.get("--layout"));
        Path workbook = Path.of(options.get("--workbook"));
        Layout layout;
        try (InputStream in = Files.newInputStream(layoutFile)) {
            layout = LayoutLoader.parse(in, layoutFile.toString());
        } catch (IOException e) {
            err.println("อ่านไฟล์แบบรายงานไม่ได้ / Cannot read the mapping: " + layoutFile + " (" + e.getMessage() + ")");
            return FAILED;
        } catch (LayoutFileException e) {
            err.println("ไฟล์แบบรายงานใช้ไม่ได้ / The mapping cannot be used: " + e.getMessage());
            return FAILED;
        }
        Path mappings = options.containsKey("--mappings") ? Path.of(options.get("--mappings")) : null;
        WorkbookMapper mapper = new WorkbookMapper(List.of(layout), CumulationRules.load(mappings));
        MappedWorkbook mapped;
        WorkbookSource source;
        try {
            source = Workbooks.open(workbook);
        } catch (RuntimeException e) {
            err.println("เปิดไฟล์ไม่ได้ / Cannot open the workbook: " + workbook + " (" + e.getMessage() + ")");
            return FAILED;
        }
        try {
            mapped = mapper.map(source, workbook.getFileName().toString());
        } finally {
            source.close();
        }
        report(layout, mapped, out);
        return mapped.layout() != null && !mapped.lines().isEmpty() && mapped.problems().isEmpty() ? OK : PROBLEMS;
    }

    private static void report(Layout layout, MappedWorkbook mapped, PrintStream out) {
        out.println("แบบรายงาน / Layout: " + layout.id() + " — " + layout.name());
        if (mapped.layout() == null) {
            out.printf("ไม่ตรงกับไฟล์นี้: พบหัวตารางร้อยละ %.0f และขาดช่องที่จำเป็น (ดูปัญหาด้านล่าง)%n"
                    + "It does not fit this file: %.0f%% of its fields found, required ones missing (see the problems below)%n",
                    100 * mapped.layoutScore(), 100 * mapped.layoutScore());
        } else {
            out.printf("ตรงกับไฟล์นี้ พบหัวตารางร้อยละ %.0f / It fits this file: %.0f%% of its fields found%n",
                    100 * mapped.layoutScore(), 100 * mapped.layoutScore());
        }
        TitleBlock title = mapped.title();
        if (title != null) {
            out.println();
            out.println("หัวรายงาน / Title block (" + title.sheet() + "):");
            entry(out, "หน่วยงาน / unit", title.unit());
            entry(out, "ประจำเดือน / month", title.period());
            entry(out, "ปีงบประมาณ / fiscal year", title.fiscalYear());
        }
        List<IndicatorLine> lines = mapped.lines();
        out.println();
        out.println("ช่องของตาราง / Fields of the table (cell on the first line read, and its value):");
        IndicatorLine first = lines.isEmpty() ? null : lines.get(0);
        for (ColumnSpec column : layout.performance().columns().values()) {
            String field = column.field();
            String cell = first == null ? null : firstCell(first.source(), field, column.perMonth());
            out.printf("  %-16s %s%n", field, cell == null
                    ? "ไม่พบ / not found (หัวตาราง / headers: " + String.join(", ", column.headers()) + ")"
                    : cell + "  " + value(first, field));
        }
        out.println();
        out.println("อ่านได้ " + lines.size() + " แถว / " + lines.size() + " lines read"
                + (lines.size() > LINES_SHOWN ? " (แสดง " + LINES_SHOWN + " แถวแรก / the first " + LINES_SHOWN + "):" : ":"));
        for (IndicatorLine l : lines.subList(0, Math.min(LINES_SHOWN, lines.size()))) {
            out.println("  " + l.source().where("indicator") + "  " + l.level().thai() + " | "
                    + (l.indicator().code() == null ? "" : l.indicator().code() + " ") + l.indicator().name()
                    + " | " + (l.group() == null ? "-" : l.group())
                    + " | เป้าหมาย / target " + number(l.annualTarget()) + " " + (l.indicator().unitOfCount() == null ? ""
                    : l.indicator().unitOfCount()) + " | ผลเดือนต่าง ๆ / results " + l.result());
        }
        out.println();
        if (mapped.problems().isEmpty()) {
            out.println("ไม่พบปัญหา / No problems.");
        } else {
            out.println("ปัญหา / Problems (" + mapped.problems().size() + "):");
            for (Problem p : mapped.problems().withCounts()) {
                out.println("  " + p.describe().replace("\n", "\n  "));
            }
        }
    }

    private static void entry(PrintStream out, String what, TitleBlock.Entry entry) {
        out.println("  " + what + ": " + (entry == null ? "ไม่พบ / not found" : "\"" + entry.text() + "\" (" + entry.cell() + ")"));
    }

    /** The field's cell on the line; for a per-month field, its ต.ค. column's (or the first month's it has). */
    private static String firstCell(Provenance source, String field, boolean perMonth) {
        if (!perMonth) {
            return source.cell(field);
        }
        for (int m = 1; m <= 12; m++) {
            String cell = source.cell(Provenance.monthField(field, m));
            if (cell != null) {
                return cell + " (เดือนแรกที่มี / its first month)";
            }
        }
        return null;
    }

    private static String value(IndicatorLine l, String field) {
        Object v = switch (field) {
            case "level" -> l.level().thai();
            case "programme" -> l.hierarchy().programme();
            case "serviceTarget" -> l.hierarchy().serviceTarget();
            case "outputProject" -> l.hierarchy().outputProject();
            case "activity" -> l.hierarchy().activity();
            case "indicatorCode" -> l.indicator().code();
            case "indicator" -> l.indicator().name();
            case "kind" -> l.indicator().kind();
            case "unitOfCount" -> l.indicator().unitOfCount();
            case "direction" -> l.indicator().direction() == null ? null : l.indicator().direction().thai();
            case "annualTarget" -> number(l.annualTarget());
            case "plan" -> l.plan();
            case "result" -> l.result();
            case "cumulative" -> number(l.statedCumulative());
            case "cumulativePlan" -> number(l.statedCumulativePlan());
            case "resultNarrative" -> l.narrative().result();
            case "problems" -> l.narrative().problems();
            case "remedies" -> l.narrative().remedies();
            case "publish" -> l.narrative().publishable() ? "ใช่ / yes" : "ไม่ / no";
            default -> null;
        };
        return v == null ? "(ว่าง / blank)" : "= " + v;
    }

    private static String number(Double d) {
        return d == null ? "-" : Figures.format(d);
    }
}
