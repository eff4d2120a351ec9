package th.go.moc.ops.sor301hub.analysis;

import th.go.moc.ops.sor301hub.sor301.IndicatorLine;

/**
 * One line judged for the reporting month.
 *
 * @param expected         what the comparison rule expects by now (the cumulative plan, or the annual
 *                         target pro rata)
 * @param percentOfExpected result as a percentage of {@code expected}; null when nothing was expected
 * @param percentOfAnnual  result as a percentage of the annual target; null without a target
 */
public record Assessment(IndicatorLine line, double cumulativeResult, double expected, Double percentOfExpected,
                         Double percentOfAnnual, Standing standing) {
}
