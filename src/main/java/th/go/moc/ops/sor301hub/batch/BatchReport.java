package th.go.moc.ops.sor301hub.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import th.go.moc.ops.sor301hub.report.MonthOutputs;

/** What a batch run did, as one JSON object or as text for a person. */
record BatchReport(List<FileOutcome> files, List<String> skipped, MonthOutputs.Written outputs) {

    /** @param layout the layout that read the file (null when none fitted), {@code layoutScore} its share of fields found */
    record FileOutcome(String file, boolean accepted, List<String> reasons, List<String> warnings, int lines,
                       java.nio.file.Path feedback, String layout, double layoutScore) {
    }

    String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", files.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file());
            m.put("outcome", f.accepted() ? "accepted" : "rejected");
            m.put("reasons", f.reasons());
            m.put("warnings", f.warnings());
            m.put("lines", f.lines());
            m.put("layout", f.layout());
            m.put("layoutScore", Math.round(f.layoutScore() * 100) / 100.0);
            m.put("feedback", f.feedback().toAbsolutePath().toString());
            return m;
        }).toList());
        root.put("skipped", skipped);
        Map<String, Object> out = new LinkedHashMap<>();
        if (outputs != null) {
            out.put("consolidated", outputs.consolidated().toAbsolutePath().toString());
            out.put("evmis", List.of(outputs.evmisXlsx().toAbsolutePath().toString(),
                    outputs.evmisCsv().toAbsolutePath().toString()));
            out.put("evmisPreflightErrors", outputs.preflight().size());
            List<String> summary = new java.util.ArrayList<>(List.of(outputs.summaryHtml().toAbsolutePath().toString()));
            if (outputs.summaryPdf() != null) {
                summary.add(outputs.summaryPdf().toAbsolutePath().toString());
            }
            out.put("summary", summary);
        }
        root.put("outputs", out);
        return JsonMapper.builder().build().writeValueAsString(root) + "\n";
    }

    String toText() {
        StringBuilder sb = new StringBuilder();
        for (FileOutcome f : files) {
            sb.append(f.accepted() ? "รับแล้ว / accepted  " : "ไม่รับ / rejected   ").append(f.file())
                    .append(" (").append(f.lines()).append(" แถว / lines")
                    .append(f.layout() == null ? "" : ", แบบ / layout " + f.layout()
                            + " %.0f%%".formatted(100 * f.layoutScore()))
                    .append(")\n")
                    .append("    ผลการตรวจ / feedback: ").append(f.feedback()).append('\n');
            f.reasons().forEach(r -> sb.append("    - ").append(r).append('\n'));
            f.warnings().forEach(w -> sb.append("    ! ").append(w).append('\n'));
        }
        skipped.forEach(f -> sb.append("ข้าม / skipped     ").append(f)
                .append(" (ไม่ใช่ไฟล์ Excel / not a workbook)\n"));
        if (outputs != null) {
            sb.append("\nผลลัพธ์ / Outputs:\n  ").append(outputs.consolidated()).append("\n  ").append(outputs.evmisXlsx())
                    .append("\n  ").append(outputs.evmisCsv()).append("\n  ").append(outputs.summaryHtml()).append('\n');
            if (outputs.summaryPdf() != null) {
                sb.append("  ").append(outputs.summaryPdf()).append('\n');
            } else {
                sb.append("  PDF: ").append(outputs.summaryProblem()).append('\n');
            }
            if (!outputs.preflight().isEmpty()) {
                sb.append("  EvMIS: ").append(outputs.preflight().size())
                        .append(" แถวไม่มีรหัส (ดูแผ่นงาน ตรวจก่อนนำเข้า) / lines without codes (see the pre-flight sheet)\n");
            }
        } else {
            sb.append("\nไม่มีไฟล์ที่รับได้ จึงไม่ได้สร้างผลลัพธ์ / No file was accepted, so no outputs were written.\n");
        }
        return sb.toString();
    }
}
