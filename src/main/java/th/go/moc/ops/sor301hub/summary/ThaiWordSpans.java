package th.go.moc.ops.sor301hub.summary;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps each Thai word on one line of the printed page. Thai is written without spaces between words, so a
 * browser breaks lines with its own dictionary (ICU's), which splits compounds such as "เป้า|หมาย" and
 * abbreviations such as "มิ.|ย.". Here each word the JDK's dictionary finds, each abbreviation and each of a
 * few report words the JDK splits ({@link #KEEP_WHOLE}) is put in a span that does not wrap, with a break
 * opportunity between spans: lines then break where a Thai reader expects. Only the text between tags is
 * touched, never a tag, a style or a script.
 */
final class ThaiWordSpans {

    /** Text between tags: from the end of one tag to the start of the next. */
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    /** A run of Thai letters, with dotted abbreviations ("พ.ค.", "มิ.ย.", "พณจ.เชียงใหม่") kept as part of it. */
    private static final Pattern THAI_RUN = Pattern.compile("[\\u0E01-\\u0E5B.]*[\\u0E01-\\u0E5B][\\u0E01-\\u0E5B.]*");
    /** An abbreviation: letters and a dot, at least once, then maybe more letters ("มิ.ย.", "สงป.", "พณจ.ลำปาง"). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:[\\u0E01-\\u0E5B]{1,4}\\.)+[\\u0E01-\\u0E5B]*");
    private static final Locale THAI = Locale.forLanguageTag("th");
    /**
     * Words of the reports that the JDK's dictionary splits: loanwords it does not know ("ออ|นไลน์") and
     * compounds a reader takes as one word ("ตัว|ชี้|วัด"). Kept whole like an abbreviation.
     */
    private static final Pattern KEEP_WHOLE = Pattern.compile(String.join("|", List.of("ตัวชี้วัด", "ออนไลน์",
            "บรรจุภัณฑ์", "ผู้ประกอบการ", "ผู้รับบริการ", "ผู้บริหาร", "ตรวจสอบ", "ผลสะสม", "แผนสะสม", "เบิกจ่าย",
            "ก่อหนี้ผูกพัน", "คณะรัฐมนตรี", "ไตรมาส", "รายละเอียด", "ดำเนินการ", "ดำเนินงาน", "ผลผลิต", "ประสิทธิภาพ",
            "อิเล็กทรอนิกส์", "เทคโนโลยี", "สารสนเทศ")));
    /** The page's style has {@code span.w { white-space: nowrap; }}. */
    static final String CLASS = "w";

    private ThaiWordSpans() {
    }

    static String apply(String html) {
        StringBuilder out = new StringBuilder(html.length() * 2);
        Matcher text = TEXT.matcher(html);
        int last = 0;
        while (text.find()) {
            int start = text.start(1);
            if (insideRawText(html, start)) {
                continue;
            }
            out.append(html, last, start).append(words(text.group(1)));
            last = text.end(1);
        }
        return out.append(html, last, html.length()).toString();
    }

    /** Inside a style, script or title element, whose text is not shown as a paragraph. */
    private static boolean insideRawText(String html, int at) {
        for (String tag : new String[] {"style", "script", "title"}) {
            int open = html.lastIndexOf("<" + tag, at);
            if (open >= 0 && html.lastIndexOf("</" + tag, at) < open) {
                return true;
            }
        }
        return false;
    }

    private static String words(String text) {
        Matcher run = THAI_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() * 2);
        int last = 0;
        while (run.find()) {
            out.append(text, last, run.start());
            String thai = run.group();
            // An abbreviation that opens the run ("มิ.ย.", "พณจ.ลำปาง") stays whole; the rest is split into words.
            Matcher abbreviation = ABBREVIATION.matcher(thai);
            int from = 0;
            if (abbreviation.lookingAt()) {
                span(out, abbreviation.group());
                from = abbreviation.end();
            }
            Matcher whole = KEEP_WHOLE.matcher(thai);
            while (from < thai.length()) {
                boolean found = whole.find(from);
                int end = found ? whole.start() : thai.length();
                if (end > from) {
                    splitIntoWords(out, thai.substring(from, end), from > 0);
                }
                if (!found) {
                    break;
                }
                if (whole.start() > 0) {
                    out.append("<wbr>");
                }
                span(out, whole.group());
                from = whole.end();
            }
            last = run.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The JDK dictionary's words of {@code text}, each in a span, with a break opportunity before each but the first. */
    private static void splitIntoWords(StringBuilder out, String text, boolean breakBefore) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        for (int a = words.first(), b = words.next(); b != BreakIterator.DONE; a = b, b = words.next()) {
            if (a > 0 || breakBefore) {
                out.append("<wbr>");
            }
            span(out, text.substring(a, b));
        }
    }

    private static void span(StringBuilder out, String word) {
        out.append("<span class=\"").append(CLASS).append("\">").append(word).append("</span>");
    }
}
