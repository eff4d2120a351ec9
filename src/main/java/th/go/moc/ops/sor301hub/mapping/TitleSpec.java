package th.go.moc.ops.sor301hub.mapping;

import java.util.List;

/** The labels of the title block above the header: unit, reporting month, fiscal year. */
public record TitleSpec(List<String> unitLabels, List<String> periodLabels, List<String> fiscalYearLabels) {
}
