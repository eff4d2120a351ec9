package th.go.moc.ops.sor301hub.workbook;

import org.apache.poi.ss.usermodel.DateUtil;

/** What a cell's number format says about its number: a date, a percentage, or neither. */
final class NumberFormats {

    private NumberFormats() {
    }

    /**
     * POI's test, plus the Buddhist-era year codes Thai Excel writes ("d mmm bbbb", "[$-th-TH]dd/mm/bb"),
     * which POI does not know.
     */
    static boolean isDate(int formatIndex, String format) {
        if (format == null) {
            return false;
        }
        if (DateUtil.isADateFormat(formatIndex, format)) {
            return true;
        }
        String bare = format.replaceAll("\\[[^]]*]", "").replaceAll("\"[^\"]*\"", "").toLowerCase();
        return bare.contains("bb") && (bare.contains("d") || bare.contains("m"));
    }

    static boolean isPercent(String format) {
        return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
    }
}
