package th.go.moc.ops.sor301hub.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names the share's file system will take. Most allow 255 bytes per name, and a Thai letter takes three:
 * a unit's long title, with our prefix (arrival time) and suffix (".ตรวจแล้ว-checked.xlsx"), can pass that.
 * A name that is too long is cut at a letter, keeps its extension, and gets a short mark of the whole name so
 * that two long names cut alike stay apart.
 */
public final class SafeNames {

    /** Room left for what is added to a kept name (a counter, ".tmp", ".เหตุผล-reason.txt"): 255 minus these. */
    public static final int KEPT_NAME_BYTES = 200;

    private SafeNames() {
    }

    public static String fit(String name, int maxBytes) {
        if (bytes(name) <= maxBytes) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        String mark = "~" + mark(name);
        int room = maxBytes - bytes(extension) - bytes(mark);
        StringBuilder stem = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length() - extension.length(); ) {
            int cp = name.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > room) {
                break;
            }
            stem.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return stem + mark + extension;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String mark(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
