package th.go.moc.ops.sor301hub;

import java.nio.file.Path;
import java.time.Clock;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.intake.SubmissionReader;
import th.go.moc.ops.sor301hub.mapping.CumulationRules;
import th.go.moc.ops.sor301hub.mapping.LayoutLoader;
import th.go.moc.ops.sor301hub.mapping.WorkbookMapper;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.report.ConsolidatedWorkbookWriter;
import th.go.moc.ops.sor301hub.report.EvmisCodes;
import th.go.moc.ops.sor301hub.report.EvmisExport;
import th.go.moc.ops.sor301hub.report.EvmisLayout;
import th.go.moc.ops.sor301hub.report.MonthOutputs;

/**
 * The parts that read, check and report, built from the mapping files (those shipped in the
 * application, overridden by a folder when given). The service and batch mode share them.
 */
public record Components(UnitRegistry units, SubmissionReader reader, TargetComparison comparison, MonthOutputs outputs) {

    public static Components load(Path mappingsFolder, TargetComparison comparison, Clock clock) {
        UnitRegistry units = UnitRegistry.load(mappingsFolder);
        WorkbookMapper mapper = new WorkbookMapper(LayoutLoader.load(mappingsFolder), CumulationRules.load(mappingsFolder));
        MonthOutputs outputs = new MonthOutputs(new ConsolidatedWorkbookWriter(comparison),
                new EvmisExport(EvmisLayout.load(mappingsFolder), EvmisCodes.load(mappingsFolder)));
        return new Components(units, new SubmissionReader(mapper, units, clock), comparison, outputs);
    }

    /** The name a report shows for a unit: its abbreviation (กยผ.), else its name, else its id. */
    public String unitLabel(String unitId) {
        return units.byId(unitId).map(u -> u.shortName() != null ? u.shortName() : u.name()).orElse(unitId);
    }
}
