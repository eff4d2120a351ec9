package th.go.moc.ops.sor301hub.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * What a file's name says about whose report it is and for which month, when it says anything:
 * "สงป301_พณจเชียงใหม่_2569-05.xlsx", "รายงาน กยผ. พ.ค.69.xlsx". Used only to cross-check the title block.
 */
final class FileNameClues {

    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(25\\d\\d|20\\d\\d)[-_. ]?(0[1-9]|1[0-2])(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("([ก-๙.]{2,12}|[A-Za-z]{3,9})[ _\\-]?(25\\d\\d|20\\d\\d|\\d{2})(?!\\d)");

    private FileNameClues() {
    }

    static Optional<FiscalPeriod> period(String fileName) {
        String name = ThaiText.asciiDigits(stripExtension(fileName));
        Matcher m = YEAR_MONTH.matcher(name);
        if (m.find()) {
            return Optional.of(FiscalPeriod.parse(m.group(1) + "-" + m.group(2)));
        }
        m = MONTH_YEAR.matcher(name);
        while (m.find()) {
            try {
                return Optional.of(FiscalPeriod.parse(m.group(1) + " " + m.group(2)));
            } catch (IllegalArgumentException e) {
                // not a month name: look further along
            }
        }
        return Optional.empty();
    }

    /** The registered units named by a whole word of the file name (words split at _ - space). */
    static List<Unit> units(String fileName, UnitRegistry registry) {
        List<Unit> found = new ArrayList<>();
        for (String word : stripExtension(fileName).split("[_\\-\\s]+")) {
            registry.find(word).filter(u -> !found.contains(u)).ifPresent(found::add);
        }
        return found;
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
