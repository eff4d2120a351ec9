package th.go.moc.ops.sor301hub.analysis;

import java.util.List;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;

/**
 * One indicator across the units that report it, under one output/project and activity. Counts add up
 * across units into {@code combined}; a ministry-level indicator, a rate, a level, or units counting in
 * different units of count never do ({@code combined} is null, and each unit's figure stands alone).
 */
public record IndicatorRollup(IndicatorLevel level, String outputProject, String activity, String indicator,
                              String unitOfCount, List<UnitAssessment> units, Assessment combined) {

    /** A short name for the indicator's own page, the same from one run to the next for the same texts. */
    public String key() {
        String text = level.name() + "\n" + outputProject + "\n" + activity + "\n" + indicator;
        return Integer.toUnsignedString(text.hashCode(), 36);
    }

    public long count(Standing standing) {
        return units.stream().filter(u -> u.assessment().standing() == standing).count();
    }
}
