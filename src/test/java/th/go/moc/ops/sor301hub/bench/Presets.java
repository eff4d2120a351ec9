package th.go.moc.ops.sor301hub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.samples.LargeSheet;
import th.go.moc.ops.sor301hub.samples.OneLineWorkbook;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;

/**
 * The benchmark's inputs, made deterministically (fixed seeds, fixed zip times) and listed with their
 * SHA-256 in MANIFEST.sha256, so that two runs, or two machines, measure the same bytes. Never committed.
 */
enum Presets {
    /** A month of real size: 90 workbooks of 300 rows, one per unit (two units resubmit). */
    MONTH(90, 300),
    /** Stress: 1,000 workbooks of 1,000 rows. */
    LARGE(1000, 1000),
    /** One sheet of 1,000,000 rows (the one-row-per-month layout). */
    MILLION(1, 1_000_000),
    /** Legacy .xls: 20 workbooks of 300 rows. */
    XLS(20, 300);

    final int files;
    final int rows;

    Presets(int files, int rows) {
        this.files = files;
        this.rows = rows;
    }

    /** The preset's files under {@code dir}, made unless the manifest shows they are already there. */
    List<Path> files(Path dir) throws IOException {
        Path manifest = dir.resolve("MANIFEST.sha256");
        if (Files.exists(manifest)) {
            List<Path> listed = new ArrayList<>();
            for (String line : Files.readAllLines(manifest)) {
                listed.add(dir.resolve(line.substring(66)));
            }
            if (listed.stream().allMatch(Files::isRegularFile)) {
                return listed;
            }
        }
        List<Unit> units = UnitRegistry.load(null).all();
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Unit unit = units.get(i % units.size());
            String version = i < units.size() ? "" : "_v" + (i / units.size() + 1);
            String stem = "สงป301_" + unit.shortName().replace(".", "") + "_2569-05" + version;
            Path file = dir.resolve(unit.id()).resolve(stem + (this == XLS ? ".xls" : ".xlsx"));
            switch (this) {
                case MILLION -> LargeSheet.write(Files.createDirectories(file.getParent()).resolve(stem + ".xlsx"), rows);
                case XLS -> TemplateV1Writer.write(xlsContent(unit, rows), file);
                default -> V1StreamWriter.write(file, unit.name(), rows, 2569L * 1000 + i);
            }
            made.add(file);
        }
        StringBuilder lines = new StringBuilder();
        for (Path f : made) {
            lines.append(sha256(f)).append("  ").append(dir.relativize(f)).append('\n');
        }
        Files.writeString(manifest, lines, StandardCharsets.UTF_8);
        return made;
    }

    private static UnitWorkbook xlsContent(Unit unit, int rows) {
        UnitWorkbook wb = OneLineWorkbook.of(unit.name());
        UnitWorkbook.Line template = wb.lines.get(0);
        wb.lines.clear();
        for (int i = 0; i < rows; i++) {
            UnitWorkbook.Line l = new UnitWorkbook.Line();
            l.level = template.level;
            l.outputProject = template.outputProject;
            l.activity = "กิจกรรมที่ " + (i / 10 + 1);
            l.code = "X-" + (i + 1);
            l.name = "จำนวนรายงานที่เสนอผู้บริหาร ชุดที่ " + (i + 1);
            l.kind = "เชิงปริมาณ";
            l.unitOfCount = "ฉบับ";
            l.annualTarget = template.annualTarget;
            System.arraycopy(template.plan, 0, l.plan, 0, 12);
            System.arraycopy(template.result, 0, l.result, 0, 12);
            wb.lines.add(l);
        }
        return wb;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long totalRows(List<Path> files, int rowsEach) {
        return (long) files.size() * rowsEach;
    }
}
