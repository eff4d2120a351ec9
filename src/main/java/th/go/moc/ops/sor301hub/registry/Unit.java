package th.go.moc.ops.sor301hub.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit that reports monthly: a central division or a provincial commerce office.
 *
 * @param id        our own short ASCII id, also its folder name on the share
 * @param validTo   the last day it is expected to report, or null while it exists
 * @param contact   whom to call about its report ({@link Contact#NONE} when units.yaml names no one)
 */
public record Unit(String id, String name, String shortName, String englishName, String kind,
                   LocalDate validFrom, LocalDate validTo, List<String> aliases, Contact contact) {

    public Unit(String id, String name, String shortName, String englishName, String kind, LocalDate validFrom,
                LocalDate validTo, List<String> aliases) {
        this(id, name, shortName, englishName, kind, validFrom, validTo, aliases, Contact.NONE);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
