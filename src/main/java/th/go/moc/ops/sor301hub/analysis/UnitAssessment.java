package th.go.moc.ops.sor301hub.analysis;

import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/** One unit's line, judged. */
public record UnitAssessment(UnitMonth unit, Assessment assessment) {
}
