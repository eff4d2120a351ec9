package th.go.moc.ops.sor301hub.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates {@code sample-workbooks/}: one month (พ.ค. 2569, fiscal month 8) of submissions from the 12
 * central units and 10 provincial offices, with plausible projects, indicators and figures, a mix of
 * above, on and below target, and three workbooks with the mistakes units typically make. Fixed seed:
 * the same content every run.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=th.go.moc.ops.sor301hub.samples.SampleMonth -Dexec.args=sample-workbooks}
 */
public final class SampleMonth {

    public static final int REPORTING_MONTH = 8;
    public static final String PERIOD = "พ.ค. 2569";

    /** Units whose workbooks carry a mistake, and the mistake. */
    public static final String MISSING_RESULT_UNIT = "pco-chiangrai";
    public static final String TEXT_IN_NUMBER_UNIT = "pco-khonkaen";
    public static final String FALLING_CUMULATIVE_UNIT = "kbk";
    public static final String LEGACY_XLS_UNIT = "pco-lampang";

    private static final String CENTRAL_PROGRAMME = "แผนงานพื้นฐานด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ";
    private static final String CENTRAL_TARGET = "การบริหารจัดการของสำนักงานปลัดกระทรวงพาณิชย์มีประสิทธิภาพ";
    private static final String CENTRAL_OUTPUT = "ผลผลิต: การบริหารจัดการและสนับสนุนการดำเนินงานของกระทรวงพาณิชย์";
    private static final String REGIONAL_PROGRAMME = "แผนงานยุทธศาสตร์สร้างความเข้มแข็งทางเศรษฐกิจการค้าในภูมิภาค";
    private static final String MINISTRY_TARGET = "เศรษฐกิจการค้าของจังหวัดได้รับการส่งเสริมและพัฒนาอย่างยั่งยืน";
    private static final String REGIONAL_TARGET = "ผู้รับบริการได้รับบริการด้านการค้าที่มีคุณภาพ";
    private static final String REGIONAL_OUTPUT = "ผลผลิต: การบริหารจัดการด้านการค้าในภูมิภาค";
    private static final String PROJECT = "โครงการยกระดับสินค้าเกษตรและชุมชนสู่ตลาดออนไลน์";

    /** id, registered name, file-name abbreviation, activity, indicators (code|name|kind|unit|direction|target). */
    private static final String[][] CENTRAL = {
        {"kk", "กองกลาง", "กก", "กิจกรรม: บริหารงานทั่วไปและงานสารบรรณ",
            "KK-01|จำนวนเรื่องที่ดำเนินการด้านงานสารบรรณแล้วเสร็จ|เชิงปริมาณ|เรื่อง|ค่ามากดี|12000",
            "KK-02|ระยะเวลาเฉลี่ยในการจัดซื้อจัดจ้างวัสดุ|เชิงเวลา|วัน|ค่าน้อยดี|30"},
        {"ktr", "กองตรวจราชการ", "กตร", "กิจกรรม: ตรวจราชการและติดตามผลการดำเนินงาน",
            "KTR-01|จำนวนครั้งการตรวจราชการและติดตามผล|เชิงปริมาณ|ครั้ง|ค่ามากดี|24"},
        {"kbk", "กองบริหารการคลัง", "กบค", "กิจกรรม: บริหารการเงิน การบัญชี และงบประมาณ",
            "KBK-01|จำนวนฎีกาที่ตรวจสอบและเบิกจ่าย|เชิงปริมาณ|ฎีกา|ค่ามากดี|3600",
            "KBK-02|ร้อยละการเบิกจ่ายงบประมาณภาพรวม|เชิงคุณภาพ|ร้อยละ|ค่ามากดี|100"},
        {"kbp", "กองบริหารการพาณิชย์ภูมิภาค", "กบภ", "กิจกรรม: สนับสนุนการบริหารงานพาณิชย์จังหวัด",
            "KBP-01|จำนวนสำนักงานพาณิชย์จังหวัดที่ได้รับการติดตามและสนับสนุน|เชิงปริมาณ|แห่ง|ค่ามากดี|76"},
        {"kbb", "กองบริหารทรัพยากรบุคคล", "กบบ", "กิจกรรม: พัฒนาทรัพยากรบุคคล",
            "KBB-01|จำนวนบุคลากรที่ได้รับการพัฒนาสมรรถนะ|เชิงปริมาณ|คน|ค่ามากดี|600"},
        {"kyp", "กองยุทธศาสตร์และแผนงาน", "กยผ", "กิจกรรม: จัดทำแผนและติดตามประเมินผล",
            "KYP-01|จำนวนรายงานผลการติดตามและประเมินผลที่เสนอผู้บริหาร|เชิงปริมาณ|ฉบับ|ค่ามากดี|12"},
        {"sts", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "ศทส", "กิจกรรม: พัฒนาระบบเทคโนโลยีสารสนเทศ",
            "STS-01|ร้อยละความพร้อมใช้งานของระบบเครือข่ายและระบบสารสนเทศ|เชิงคุณภาพ|ร้อยละ|ค่ามากดี|99",
            "STS-02|จำนวนระบบสารสนเทศที่ได้รับการพัฒนา|เชิงปริมาณ|ระบบ|ค่ามากดี|4"},
        {"sjp", "สถาบันกรมพระจันทบุรีนฤนาถ", "สจป", "กิจกรรม: พัฒนาองค์ความรู้ด้านการค้า",
            "SJP-01|จำนวนผู้เข้ารับการอบรมหลักสูตรด้านการค้า|เชิงปริมาณ|คน|ค่ามากดี|1500"},
        {"km", "กลุ่มกฎหมาย", "กม", "กิจกรรม: ให้คำปรึกษาและดำเนินการด้านกฎหมาย",
            "KM-01|จำนวนเรื่องด้านกฎหมายที่ดำเนินการแล้วเสร็จ|เชิงปริมาณ|เรื่อง|ค่ามากดี|240"},
        {"ktn", "กลุ่มตรวจสอบภายใน", "กตน", "กิจกรรม: ตรวจสอบภายใน",
            "KTN-01|จำนวนหน่วยรับตรวจที่ได้รับการตรวจสอบ|เชิงปริมาณ|หน่วย|ค่ามากดี|20"},
        {"kpr", "กลุ่มพัฒนาระบบบริหาร", "กพร", "กิจกรรม: พัฒนาระบบบริหารราชการ",
            "KPR-01|ระดับความสำเร็จของการพัฒนาระบบราชการ|เชิงคุณภาพ|ระดับ|ค่ามากดี|5"},
        {"spt", "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "ศปท", "กิจกรรม: ป้องกันและปราบปรามการทุจริต",
            "SPT-01|จำนวนเรื่องร้องเรียนที่ได้รับการจัดการ|เชิงปริมาณ|เรื่อง|ค่ามากดี|60",
            "SPT-02|ร้อยละของเรื่องร้องเรียนที่ดำเนินการแล้วเสร็จ|เชิงคุณภาพ|ร้อยละ|ค่ามากดี|90"},
    };

    /** id, province (Thai), size factor. */
    private static final String[][] PROVINCES = {
        {"pco-chiangmai", "เชียงใหม่", "1.6"}, {"pco-chiangrai", "เชียงราย", "1.2"}, {"pco-khonkaen", "ขอนแก่น", "1.4"},
        {"pco-nakhonratchasima", "นครราชสีมา", "1.5"}, {"pco-phuket", "ภูเก็ต", "1.0"}, {"pco-songkhla", "สงขลา", "1.3"},
        {"pco-chonburi", "ชลบุรี", "1.4"}, {"pco-lampang", "ลำปาง", "0.9"}, {"pco-ubonratchathani", "อุบลราชธานี", "1.2"},
        {"pco-phitsanulok", "พิษณุโลก", "1.0"},
    };

    /** How well a line does against its plan: above, on, on, below, or well below. */
    private static final double[] FACTORS = {1.2, 1.0, 1.0, 0.85, 0.7};

    private SampleMonth() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = generate(Path.of(args.length > 0 ? args[0] : "sample-workbooks"));
        System.out.println(files.size() + " workbooks written");
    }

    /** Writes every sample workbook under {@code dir/<unit id>/} and returns their paths. */
    public static List<Path> generate(Path dir) throws IOException {
        Random random = new Random(2569);
        List<Path> files = new ArrayList<>();
        for (String[] unit : CENTRAL) {
            UnitWorkbook wb = central(unit, random);
            files.add(write(dir, unit[0], "สงป301_" + unit[2] + "_2569-05.xlsx", wb));
        }
        for (String[] province : PROVINCES) {
            UnitWorkbook wb = provincial(province, random);
            String ext = province[0].equals(LEGACY_XLS_UNIT) ? ".xls" : ".xlsx";
            files.add(write(dir, province[0], "สงป301_พณจ" + province[1] + "_2569-05" + ext, wb));
        }
        return files;
    }

    private static Path write(Path dir, String unitId, String name, UnitWorkbook wb) throws IOException {
        Path file = dir.resolve(unitId).resolve(name);
        Files.createDirectories(file.getParent());
        TemplateV1Writer.write(wb, file);
        return file;
    }

    private static UnitWorkbook central(String[] unit, Random random) {
        UnitWorkbook wb = new UnitWorkbook();
        wb.unitName = unit[1];
        UnitWorkbook.Line plan = line("เป้าหมาย สป.", CENTRAL_PROGRAMME, CENTRAL_TARGET, null, null,
                "OPS-ST-01|ร้อยละของการดำเนินงานตามแผนปฏิบัติราชการที่บรรลุเป้าหมาย|เชิงคุณภาพ|ร้อยละ|ค่ามากดี|80", random);
        wb.lines.add(plan);
        for (int i = 4; i < unit.length; i++) {
            wb.lines.add(line("กิจกรรม", CENTRAL_PROGRAMME, CENTRAL_TARGET, CENTRAL_OUTPUT, unit[3], unit[i], random));
        }
        budget(wb, CENTRAL_OUTPUT, 2_400_000, random, unit[0].equals("sts"));
        if (unit[0].equals(FALLING_CUMULATIVE_UNIT)) {
            // A correction typed as a negative month: the cumulative falls from มี.ค. to เม.ย.
            UnitWorkbook.Line l = wb.lines.get(1);
            l.result[6] = -50.0;
            l.cumulative = sum(l.result, REPORTING_MONTH);
        }
        return wb;
    }

    private static UnitWorkbook provincial(String[] province, Random random) {
        UnitWorkbook wb = new UnitWorkbook();
        wb.unitName = "สำนักงานพาณิชย์จังหวัด" + province[1];
        double size = Double.parseDouble(province[2]);
        String trade = "กิจกรรม: ส่งเสริมและพัฒนาสินค้าชุมชน";
        String prices = "กิจกรรม: กำกับดูแลราคาสินค้าและบริการ";
        wb.lines.add(line("เป้าหมายกระทรวง", REGIONAL_PROGRAMME, MINISTRY_TARGET, null, null,
                "MOC-ST-01|มูลค่าการจำหน่ายสินค้าชุมชนที่ได้รับการส่งเสริม|เชิงปริมาณ|ล้านบาท|ค่ามากดี|" + Math.round(30 * size), random));
        wb.lines.add(line("เป้าหมาย สป.", REGIONAL_PROGRAMME, REGIONAL_TARGET, null, null,
                "OPS-ST-02|ร้อยละความพึงพอใจของผู้รับบริการ|เชิงคุณภาพ|ร้อยละ|ค่ามากดี|85", random));
        wb.lines.add(line("กิจกรรม", REGIONAL_PROGRAMME, REGIONAL_TARGET, REGIONAL_OUTPUT, trade,
                "PCO-01|จำนวนผู้ประกอบการที่ได้รับการพัฒนา|เชิงปริมาณ|ราย|ค่ามากดี|" + Math.round(120 * size), random));
        wb.lines.add(line("กิจกรรม", REGIONAL_PROGRAMME, REGIONAL_TARGET, REGIONAL_OUTPUT, trade,
                "PCO-02|จำนวนครั้งการจัดงานแสดงและจำหน่ายสินค้า|เชิงปริมาณ|ครั้ง|ค่ามากดี|12", random));
        wb.lines.add(line("กิจกรรม", REGIONAL_PROGRAMME, REGIONAL_TARGET, REGIONAL_OUTPUT, prices,
                "PCO-03|จำนวนครั้งการตรวจสอบราคาสินค้า|เชิงปริมาณ|ครั้ง|ค่ามากดี|48", random));
        wb.lines.add(line("กิจกรรม", REGIONAL_PROGRAMME, REGIONAL_TARGET, REGIONAL_OUTPUT, prices,
                "PCO-04|ระยะเวลาเฉลี่ยในการตอบเรื่องร้องเรียนด้านราคา|เชิงเวลา|วัน|ค่าน้อยดี|7", random));
        wb.lines.add(line("ผลผลิต/โครงการ", REGIONAL_PROGRAMME, REGIONAL_TARGET, PROJECT, null,
                "PCO-05|จำนวนสินค้าที่ได้รับการพัฒนาบรรจุภัณฑ์และช่องทางออนไลน์|เชิงปริมาณ|รายการ|ค่ามากดี|" + Math.round(20 * size), random));
        budget(wb, REGIONAL_OUTPUT, 1_800_000 * size, random, false);
        budget(wb, PROJECT, 900_000 * size, random, false);
        if (province[0].equals(MISSING_RESULT_UNIT)) {
            UnitWorkbook.Line l = wb.lines.get(3);
            l.cumulative = sum(l.result, REPORTING_MONTH - 1);
            l.result[REPORTING_MONTH - 1] = null;
        }
        if (province[0].equals(TEXT_IN_NUMBER_UNIT)) {
            UnitWorkbook.Line l = wb.lines.get(2);
            l.result[REPORTING_MONTH - 1] = "ประมาณ " + fmt(l.result[REPORTING_MONTH - 1]);
        }
        return wb;
    }

    private static UnitWorkbook.Line line(String level, String programme, String target, String output, String activity,
                                          String spec, Random random) {
        String[] f = spec.split("\\|");
        UnitWorkbook.Line l = new UnitWorkbook.Line();
        l.level = level;
        l.programme = programme;
        l.serviceTarget = target;
        l.outputProject = output;
        l.activity = activity;
        l.code = f[0];
        l.name = f[1];
        l.kind = f[2];
        l.unitOfCount = f[3];
        l.direction = f[4];
        double annual = Double.parseDouble(f[5]);
        l.annualTarget = annual;
        double factor = FACTORS[random.nextInt(FACTORS.length)];
        boolean latest = f[3].equals("ร้อยละ") || f[3].equals("ระดับ") || f[3].equals("วัน");
        boolean lower = f[4].equals("ค่าน้อยดี");
        for (int m = 1; m <= 12; m++) {
            double plan;
            if (f[3].equals("ระดับ")) {
                plan = Math.ceil(annual * m / 12.0);
            } else if (latest) {
                plan = annual;
            } else {
                plan = Math.floor(annual / 12) + (m <= Math.round(annual % 12) ? 1 : 0);
            }
            l.plan[m - 1] = plan;
            if (m <= REPORTING_MONTH) {
                double result = lower ? plan / factor : plan * factor;
                if (f[3].equals("ร้อยละ")) {
                    result = Math.min(100, Math.round(result * 10) / 10.0);
                } else if (f[3].equals("ระดับ")) {
                    result = Math.min(5, Math.round(result));
                } else {
                    result = Math.round(result * 10) / 10.0;
                    result = latest ? result : Math.round(result);
                }
                l.result[m - 1] = result;
            }
        }
        l.cumulative = latest ? l.result[REPORTING_MONTH - 1] : sum(l.result, REPORTING_MONTH);
        narrative(l, factor);
        // Some lines' words may go on the public website: here, those of each unit's first indicator (…-01).
        l.publish = l.code.endsWith("1") ? "ใช่" : null;
        return l;
    }

    private static void narrative(UnitWorkbook.Line l, double factor) {
        // As a person writes it: "ร้อยละ 96" but "40 ล้านบาท".
        String figure = l.unitOfCount.equals("ร้อยละ") ? "ร้อยละ " + fmt(l.cumulative) : fmt(l.cumulative) + " " + l.unitOfCount;
        l.narrative = "ดำเนินกิจกรรมตามแผนปฏิบัติงานประจำเดือน พ.ค. 2569 ผลสะสมตั้งแต่ ต.ค. 2568 ได้ " + figure;
        if (factor < 1) {
            l.problems = "กลุ่มเป้าหมายไม่สะดวกเข้าร่วมกิจกรรมในช่วงฤดูเก็บเกี่ยว และงบประมาณได้รับจัดสรรล่าช้า";
            l.remedies = "ปรับแผนการจัดกิจกรรมเป็นช่วงเดือน มิ.ย. – ก.ค. 2569 และประสานเครือข่ายในพื้นที่เพิ่มเติม";
        }
    }

    private static void budget(UnitWorkbook wb, String output, double allocation, Random random, boolean investment) {
        wb.budget.add(budgetLine(output, "งบดำเนินงาน", Math.round(allocation), random));
        if (investment) {
            wb.budget.add(budgetLine(output, "งบลงทุน", Math.round(allocation * 0.5), random));
        }
    }

    private static UnitWorkbook.Budget budgetLine(String output, String category, double allocation, Random random) {
        UnitWorkbook.Budget b = new UnitWorkbook.Budget();
        b.outputProject = output;
        b.category = category;
        b.allocation = allocation;
        double pace = 0.75 + random.nextInt(40) / 100.0;
        for (int m = 1; m <= 12; m++) {
            double plan = Math.round(allocation / 12);
            b.plan[m - 1] = plan;
            if (m <= REPORTING_MONTH) {
                b.disbursed[m - 1] = (double) Math.round(plan * pace);
            }
        }
        b.committed = (double) Math.round(allocation * 0.05 * (1 + random.nextInt(3)));
        return b;
    }

    private static double sum(Object[] values, int months) {
        double s = 0;
        for (int m = 0; m < months; m++) {
            if (values[m] instanceof Number n) {
                s += n.doubleValue();
            }
        }
        return s;
    }

    private static String fmt(Object v) {
        double d = ((Number) v).doubleValue();
        return d == Math.rint(d) ? String.format("%,d", (long) d) : String.format("%,.1f", d);
    }
}
