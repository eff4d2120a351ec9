package th.go.moc.ops.sor301hub.validation;

import java.util.Map;

/** What users call each field, for messages: "ค่าเป้าหมายทั้งปี" / "annual target". */
public final class FieldNames {

    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("level", new String[] {"ระดับตัวชี้วัด", "indicator level"}),
            Map.entry("programme", new String[] {"แผนงาน", "programme"}),
            Map.entry("serviceTarget", new String[] {"เป้าหมายการให้บริการ", "service target"}),
            Map.entry("outputProject", new String[] {"ผลผลิต/โครงการ", "output/project"}),
            Map.entry("activity", new String[] {"กิจกรรม", "activity"}),
            Map.entry("indicatorCode", new String[] {"รหัสตัวชี้วัด", "indicator code"}),
            Map.entry("indicator", new String[] {"ตัวชี้วัด", "indicator"}),
            Map.entry("kind", new String[] {"ประเภทตัวชี้วัด", "indicator kind"}),
            Map.entry("unitOfCount", new String[] {"หน่วยนับ", "unit of count"}),
            Map.entry("direction", new String[] {"ทิศทาง", "direction"}),
            Map.entry("annualTarget", new String[] {"ค่าเป้าหมายทั้งปี", "annual target"}),
            Map.entry("plan", new String[] {"แผน", "plan"}),
            Map.entry("result", new String[] {"ผล", "result"}),
            Map.entry("cumulative", new String[] {"ผลสะสม", "cumulative result"}),
            Map.entry("category", new String[] {"งบรายจ่าย", "expense category"}),
            Map.entry("allocation", new String[] {"งบประมาณที่ได้รับจัดสรร", "allocation"}),
            Map.entry("disbursed", new String[] {"ผลการเบิกจ่าย", "disbursed"}),
            Map.entry("committed", new String[] {"ก่อหนี้ผูกพัน", "committed"}));

    private FieldNames() {
    }

    /** The Thai name; a per-month field such as "result.8" is named with its month. */
    public static String thai(String field) {
        return name(field, 0);
    }

    public static String english(String field) {
        return name(field, 1);
    }

    private static String name(String field, int language) {
        int dot = field.indexOf('.');
        String base = dot < 0 ? field : field.substring(0, dot);
        String[] names = NAMES.get(base);
        String name = names == null ? base : names[language];
        if (dot < 0) {
            return name;
        }
        int fiscalMonth = Integer.parseInt(field.substring(dot + 1));
        int calendarMonth = th.go.moc.ops.sor301hub.sor301.FiscalPeriod.calendarMonthOf(fiscalMonth);
        return language == 0 ? name + "เดือน " + th.go.moc.ops.sor301hub.sor301.ThaiMonths.shortName(calendarMonth)
                : name + " for " + java.time.Month.of(calendarMonth).getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH);
    }
}
