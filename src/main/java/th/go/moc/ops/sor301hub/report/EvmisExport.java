package th.go.moc.ops.sor301hub.report;

import java.util.ArrayList;
import java.util.List;
import th.go.moc.ops.sor301hub.sor301.Bilingual;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * The rows of the BB EvMIS upload file: one per unit × indicator, in the configured columns. A line
 * that lacks a code the layout needs is a pre-flight error and stays out of the file.
 */
public final class EvmisExport {

    private final EvmisLayout layout;
    private final EvmisCodes codes;

    public EvmisExport(EvmisLayout layout, EvmisCodes codes) {
        this.layout = layout;
        this.codes = codes;
    }

    /** A line left out of the upload, and why. */
    public record PreflightError(String unitId, String fileName, String indicator, Bilingual reason) {
    }

    public record Result(List<String> headers, List<List<Object>> rows, List<PreflightError> errors) {
    }

    public Result rows(MonthData month) {
        List<String> headers = layout.columns().stream().map(EvmisLayout.Column::header).toList();
        List<List<Object>> rows = new ArrayList<>();
        List<PreflightError> errors = new ArrayList<>();
        for (UnitMonth unit : month.units()) {
            for (IndicatorLine line : unit.lines()) {
                List<Object> row = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (EvmisLayout.Column column : layout.columns()) {
                    row.add(value(column.value(), month.period(), unit, line, missing));
                }
                if (missing.isEmpty()) {
                    rows.add(row);
                } else {
                    String what = String.join(", ", missing);
                    errors.add(new PreflightError(unit.unitId(), unit.fileName(), line.indicator().name(), Bilingual.of(
                            "ไม่มีรหัส EvMIS ของ %s ในไฟล์ mappings/evmis/codes.yaml",
                            "No EvMIS code for %s in mappings/evmis/codes.yaml", what)));
                }
            }
        }
        return new Result(headers, rows, errors);
    }

    private Object value(String key, FiscalPeriod period, UnitMonth unit, IndicatorLine line, List<String> missing) {
        int m = period.fiscalMonth();
        return switch (key) {
            case "fiscal-year" -> period.fiscalYearBe();
            case "month" -> period.calendarMonth();
            case "period" -> period.key();
            case "unit-code" -> code("units", unit.unitId(), "หน่วยงาน/unit " + unit.unitId(), missing);
            case "unit-name" -> unit.unitName();
            case "programme" -> line.hierarchy().programme();
            case "service-target" -> line.hierarchy().serviceTarget();
            case "project-code" -> line.hierarchy().outputProject() == null ? null
                    : code("outputs-projects", line.hierarchy().outputProject(), "ผลผลิต/โครงการ \""
                            + line.hierarchy().outputProject() + "\"", missing);
            case "output-project" -> line.hierarchy().outputProject();
            case "activity-code" -> line.hierarchy().activity() == null ? null
                    : code("activities", line.hierarchy().activity(), "กิจกรรม \"" + line.hierarchy().activity() + "\"",
                            missing);
            case "activity" -> line.hierarchy().activity();
            case "indicator-code" -> indicatorCode(line, missing);
            case "indicator" -> line.indicator().name();
            case "unit-of-count" -> line.indicator().unitOfCount();
            case "annual-target" -> line.annualTarget();
            case "month-plan" -> line.plan().get(m);
            case "month-result" -> line.result().get(m);
            case "cumulative-plan" -> line.cumulativePlan(m);
            case "cumulative-result" -> line.cumulativeResult(m);
            case "percent-of-annual" -> line.annualTarget() == null || line.annualTarget() == 0 ? null
                    : 100 * line.cumulativeResult(m) / line.annualTarget();
            default -> throw new IllegalStateException("unknown EvMIS value " + key);
        };
    }

    private String indicatorCode(IndicatorLine line, List<String> missing) {
        String byCode = codes.code("indicators", line.indicator().code());
        if (byCode != null) {
            return byCode;
        }
        return code("indicators", line.indicator().name(), "ตัวชี้วัด/indicator \""
                + (line.indicator().code() != null ? line.indicator().code() : line.indicator().name()) + "\"", missing);
    }

    private String code(String table, String name, String label, List<String> missing) {
        String code = codes.code(table, name);
        if (code == null) {
            missing.add(label);
        }
        return code;
    }
}
