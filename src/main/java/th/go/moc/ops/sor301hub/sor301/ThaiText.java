package th.go.moc.ops.sor301hub.sor301;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Thai digits and the loose text comparison that header and name matching needs. */
public final class ThaiText {

    private static final char THAI_ZERO = '\u0E50';

    /**
     * Keys of short texts already keyed: every row repeats its level, unit of count, direction and kind, and
     * every rule asks again. Bounded, so that a stream of distinct texts cannot grow it without end.
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int CACHED_LENGTH = 40;
    private static final int CACHED_KEYS = 20_000;

    private ThaiText() {
    }

    /** Replaces Thai digits ๐–๙ with ASCII 0–9; everything else is kept. */
    public static String asciiDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + (c - THAI_ZERO)));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Replaces ASCII digits with Thai digits, as the official form prints section numbers and dates. */
    public static String thaiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /**
     * A comparison key: ASCII digits, lower case, and no white space, dots, line breaks, quotes or
     * brackets, so that "ค่าเป้าหมาย\nทั้งปี" and "ค่าเป้าหมายทั้งปี" compare equal.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() > CACHED_LENGTH) {
            return keyOf(text);
        }
        String key = KEYS.get(text);
        if (key == null) {
            key = keyOf(text);
            if (KEYS.size() < CACHED_KEYS) {
                KEYS.put(text, key);
            }
        }
        return key;
    }

    private static String keyOf(String text) {
        String ascii = asciiDigits(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200B' && ".()[]\"'“”:".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Trims, including non-breaking and zero-width spaces that Thai text often carries. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.replace('\u00A0', ' ').replace("\u200B", "").strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
