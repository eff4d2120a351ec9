package th.go.moc.ops.sor301hub.samples;

/**
 * A พ.ค. 2569 workbook of กยผ. with three lines of different kinds: a service-target rate (ร้อยละ),
 * an activity count and a lower-is-better time, with narrative.
 */
public final class ThreeLineWorkbook {

    private ThreeLineWorkbook() {
    }

    public static UnitWorkbook of() {
        UnitWorkbook wb = new UnitWorkbook();
        wb.unitName = "กองยุทธศาสตร์และแผนงาน";
        wb.lines.add(line("เป้าหมาย สป.", null, null, "OPS-ST-01", "ร้อยละของงานที่บรรลุเป้าหมาย", "เชิงคุณภาพ", "ร้อยละ",
                "ค่ามากดี", 80, 80, 84));
        wb.lines.add(line("กิจกรรม", "ผลผลิต: การบริหารจัดการ", "กิจกรรม: ติดตามประเมินผล", "KYP-01", "จำนวนรายงานที่เสนอผู้บริหาร",
                "เชิงปริมาณ", "ฉบับ", "ค่ามากดี", 12, 1, 1));
        wb.lines.add(line("กิจกรรม", "ผลผลิต: การบริหารจัดการ", "กิจกรรม: ติดตามประเมินผล", "KYP-02",
                "ระยะเวลาเฉลี่ยในการจัดทำรายงาน", "เชิงเวลา", "วัน", "ค่าน้อยดี", 10, 10, 9));
        return wb;
    }

    /** The same, with one budget line that disburses a little under its plan. */
    public static UnitWorkbook withBudget() {
        UnitWorkbook wb = of();
        UnitWorkbook.Budget b = new UnitWorkbook.Budget();
        b.outputProject = "ผลผลิต: การบริหารจัดการ";
        b.category = "งบดำเนินงาน";
        b.allocation = 1_200_000.0;
        for (int m = 0; m < 12; m++) {
            b.plan[m] = 100_000.0;
            b.disbursed[m] = m < SampleMonth.REPORTING_MONTH ? 90_000.0 : null;
        }
        b.committed = 50_000.0;
        wb.budget.add(b);
        return wb;
    }

    private static UnitWorkbook.Line line(String level, String output, String activity, String code, String name,
                                          String kind, String unit, String direction, double target, double plan,
                                          double result) {
        UnitWorkbook.Line l = new UnitWorkbook.Line();
        l.level = level;
        l.programme = "แผนงานพื้นฐาน";
        l.serviceTarget = "การบริหารจัดการของ สป. มีประสิทธิภาพ";
        l.outputProject = output;
        l.activity = activity;
        l.code = code;
        l.name = name;
        l.kind = kind;
        l.unitOfCount = unit;
        l.direction = direction;
        l.annualTarget = target;
        double cumulative = 0;
        for (int m = 0; m < 12; m++) {
            l.plan[m] = plan;
            if (m < SampleMonth.REPORTING_MONTH) {
                l.result[m] = result;
                cumulative = unit.equals("ฉบับ") ? cumulative + result : result;
            }
        }
        l.cumulative = cumulative;
        l.narrative = "ดำเนินการตามแผน";
        return l;
    }
}
