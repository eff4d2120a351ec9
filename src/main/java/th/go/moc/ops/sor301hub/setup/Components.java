package th.go.moc.ops.sor301hub.setup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.analysis.CabinetTargets;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.intake.SubmissionReader;
import th.go.moc.ops.sor301hub.mapping.CumulationRules;
import th.go.moc.ops.sor301hub.mapping.LayoutLoader;
import th.go.moc.ops.sor301hub.mapping.MappingFiles;
import th.go.moc.ops.sor301hub.mapping.WorkbookMapper;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.report.EvmisCodes;
import th.go.moc.ops.sor301hub.report.EvmisExport;
import th.go.moc.ops.sor301hub.report.EvmisLayout;
import th.go.moc.ops.sor301hub.report.MonthOutputs;
import th.go.moc.ops.sor301hub.summary.SummaryPages;
import th.go.moc.ops.sor301hub.validation.RuleSettings;

/**
 * The parts that read, check and report, built from the mapping files (those shipped in the
 * application, overridden by a folder when given). The service and batch mode share them.
 */
public record Components(UnitRegistry units, SubmissionReader reader, TargetComparison comparison, CabinetTargets cabinet,
                         MonthOutputs outputs) {

    /** Units report month M by this day of M+1 unless the service says otherwise. */
    public static final int DEFAULT_DEADLINE_DAY = 10;

    /** The Cabinet's usual disbursement targets by the end of Q1–Q4, unless the service says otherwise. */
    public static final CabinetTargets DEFAULT_CABINET_TARGETS = new CabinetTargets(List.of(30.0, 54.0, 77.0, 100.0));

    public static Components load(Path mappingsFolder, TargetComparison comparison, CabinetTargets cabinet,
                                  int deadlineDay, Clock clock) {
        UnitRegistry units = UnitRegistry.load(mappingsFolder);
        WorkbookMapper mapper = new WorkbookMapper(LayoutLoader.load(mappingsFolder), CumulationRules.load(mappingsFolder));
        MonthOutputs outputs = new MonthOutputs(comparison, cabinet,
                new EvmisExport(EvmisLayout.load(mappingsFolder), EvmisCodes.load(mappingsFolder)),
                new SummaryPages(SummaryPages.DEFAULT_FONT));
        return new Components(units, new SubmissionReader(mapper, units, rules(mappingsFolder, deadlineDay), clock),
                comparison, cabinet, outputs);
    }

    static RuleSettings rules(Path mappingsFolder, int deadlineDay) {
        Map<String, Object> m = MappingFiles.yaml(mappingsFolder, "rules.yaml");
        return new RuleSettings(strings(m.get("kinds")), strings(m.get("units-of-count")),
                strings(m.get("percent-may-exceed-100")), number(m, "plan-sum-tolerance", 0.01),
                number(m, "disbursement-factor", 1.5), number(m, "outlier-z-score", 3.0), deadlineDay,
                (int) number(m, "deadline-grace-days", 0));
    }

    private static List<String> strings(Object v) {
        return v instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static double number(Map<String, Object> m, String key, double fallback) {
        return m.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    /** The units expected for a month that have no accepted submission, by name. */
    public java.util.List<String> notReported(th.go.moc.ops.sor301hub.sor301.FiscalPeriod period,
                                              java.util.Collection<String> reportedUnitIds) {
        return units.notReported(period, reportedUnitIds);
    }

    /** The name a report shows for a unit: its abbreviation (กยผ.), else its name, else its id. */
    public String unitLabel(String unitId) {
        return units.label(unitId);
    }
}
