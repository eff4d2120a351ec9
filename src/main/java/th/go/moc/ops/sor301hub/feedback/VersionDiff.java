package th.go.moc.ops.sor301hub.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.go.moc.ops.sor301hub.sor301.Bilingual;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;

/** What changed between two versions of a unit's month, indicator by indicator and field by field. */
public final class VersionDiff {

    private static final String NONE = "-";

    private VersionDiff() {
    }

    public static List<Change> between(List<IndicatorLine> previous, List<IndicatorLine> current) {
        Map<String, IndicatorLine> before = byKey(previous);
        Map<String, IndicatorLine> after = byKey(current);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, IndicatorLine> e : after.entrySet()) {
            IndicatorLine now = e.getValue();
            IndicatorLine then = before.get(e.getKey());
            String name = now.indicator().name();
            if (then == null) {
                changes.add(new Change(name, new Bilingual("ตัวชี้วัด", "indicator"), NONE, "เพิ่มใหม่ / added"));
                continue;
            }
            compare(changes, name, new Bilingual("ค่าเป้าหมายทั้งปี", "annual target"), then.annualTarget(), now.annualTarget());
            for (int m = 1; m <= 12; m++) {
                String th = ThaiMonths.shortName(FiscalPeriod.calendarMonthOf(m));
                String en = java.time.Month.of(FiscalPeriod.calendarMonthOf(m)).getDisplayName(java.time.format.TextStyle.SHORT,
                        java.util.Locale.ENGLISH);
                compare(changes, name, new Bilingual("แผน " + th, "plan " + en), then.plan().get(m), now.plan().get(m));
                compare(changes, name, new Bilingual("ผล " + th, "result " + en), then.result().get(m), now.result().get(m));
            }
            compare(changes, name, new Bilingual("ผลสะสม", "cumulative"), then.statedCumulative(), now.statedCumulative());
            text(changes, name, new Bilingual("ผลการดำเนินงาน", "result narrative"), then.narrative().result(),
                    now.narrative().result());
            text(changes, name, new Bilingual("ปัญหา/อุปสรรค", "problems"), then.narrative().problems(),
                    now.narrative().problems());
            text(changes, name, new Bilingual("แนวทางแก้ไข", "remedies"), then.narrative().remedies(),
                    now.narrative().remedies());
        }
        for (Map.Entry<String, IndicatorLine> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                changes.add(new Change(e.getValue().indicator().name(), new Bilingual("ตัวชี้วัด", "indicator"),
                        "มีในฉบับก่อน / in the previous version", "ไม่มีแล้ว / removed"));
            }
        }
        return changes;
    }

    /** Lines are the same indicator when code (or name) and their output/project and activity agree. */
    private static Map<String, IndicatorLine> byKey(List<IndicatorLine> lines) {
        Map<String, IndicatorLine> map = new LinkedHashMap<>();
        for (IndicatorLine l : lines) {
            map.putIfAbsent(l.indicator().identity() + "|" + l.hierarchy().outputProject() + "|" + l.hierarchy().activity(), l);
        }
        return map;
    }

    private static void compare(List<Change> changes, String name, Bilingual field, Double then, Double now) {
        if (!Objects.equals(then, now)) {
            changes.add(new Change(name, field, then == null ? NONE : Figures.format(then),
                    now == null ? NONE : Figures.format(now)));
        }
    }

    private static void text(List<Change> changes, String name, Bilingual field, String then, String now) {
        if (!Objects.equals(then, now)) {
            changes.add(new Change(name, field, then == null ? NONE : then, now == null ? NONE : now));
        }
    }
}
