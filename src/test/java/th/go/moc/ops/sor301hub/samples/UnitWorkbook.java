package th.go.moc.ops.sor301hub.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of one unit's monthly workbook in template v1, as a unit would type it. Figures are
 * Objects so that a test can put text, a formula error or a blank where a number belongs.
 */
public final class UnitWorkbook {

    public String unitName;
    public String period = "พ.ค. 2569";
    public String fiscalYear = "2569";
    /** The title written "หน่วยงาน กองยุทธศาสตร์และแผนงาน" in one cell, label, space and value, as some units do. */
    public boolean labelAndValueInOneCell;
    public final List<Line> lines = new ArrayList<>();
    public final List<Budget> budget = new ArrayList<>();

    public static final class Line {
        public String level;
        public String programme;
        public String serviceTarget;
        public String outputProject;
        public String activity;
        public String code;
        public String name;
        public String kind;
        public String unitOfCount;
        public String direction = "ค่ามากดี";
        public Object annualTarget;
        public final Object[] plan = new Object[12];
        public final Object[] result = new Object[12];
        public Object cumulative;
        public String narrative;
        public String problems;
        public String remedies;
        /** "ใช่" when the unit allows this line's words on the public website. */
        public String publish;
    }

    public static final class Budget {
        public String outputProject;
        public String category;
        public Object allocation;
        public final Object[] plan = new Object[12];
        public final Object[] disbursed = new Object[12];
        public Object committed;
    }
}
