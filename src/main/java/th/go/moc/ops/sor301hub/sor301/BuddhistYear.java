package th.go.moc.ops.sor301hub.sor301;

/** พ.ศ. = ค.ศ. + 543; years written with two digits are read as BE 25xx, as Thai offices write them. */
public final class BuddhistYear {

    public static final int OFFSET = 543;

    private BuddhistYear() {
    }

    /**
     * Reads a year as written: 2569 (BE), 2026 (CE), 69 (BE, two digits). Years from 2400 are BE,
     * from 1900 to 2399 CE.
     *
     * @throws IllegalArgumentException for any other number
     */
    public static int toBe(int written) {
        if (written >= 2400 && written < 2700) {
            return written;
        }
        if (written >= 1900 && written < 2400) {
            return written + OFFSET;
        }
        if (written >= 0 && written < 100) {
            return 2500 + written;
        }
        throw new IllegalArgumentException("not a year: " + written);
    }

    public static int toCe(int be) {
        return be - OFFSET;
    }
}
