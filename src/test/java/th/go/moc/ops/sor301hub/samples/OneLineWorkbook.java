package th.go.moc.ops.sor301hub.samples;

/** A valid template v1 workbook for พ.ค. 2569 with one indicator (12 reports a year, one a month). */
public final class OneLineWorkbook {

    private OneLineWorkbook() {
    }

    public static UnitWorkbook of(String unitName) {
        UnitWorkbook wb = new UnitWorkbook();
        wb.unitName = unitName;
        UnitWorkbook.Line l = new UnitWorkbook.Line();
        l.level = "กิจกรรม";
        l.outputProject = "ผลผลิต: การบริหารจัดการ";
        l.activity = "กิจกรรม: ติดตามประเมินผล";
        l.code = "KYP-01";
        l.name = "จำนวนรายงานที่เสนอผู้บริหาร";
        l.unitOfCount = "ฉบับ";
        l.annualTarget = 12.0;
        for (int m = 0; m < 12; m++) {
            l.plan[m] = 1.0;
            l.result[m] = m < SampleMonth.REPORTING_MONTH ? 1.0 : null;
        }
        wb.lines.add(l);
        return wb;
    }
}
