package th.go.moc.ops.sor301hub.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit that reports monthly: a central division or a provincial commerce office.
 *
 * @param id        our own short ASCII id, also its folder name on the share
 * @param validTo   the last day it is expected to report, or null while it exists
 */
public record Unit(String id, String name, String shortName, String englishName, String kind,
                   LocalDate validFrom, LocalDate validTo, List<String> aliases) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
