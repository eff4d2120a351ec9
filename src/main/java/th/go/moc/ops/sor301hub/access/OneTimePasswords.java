package th.go.moc.ops.sor301hub.access;

import java.security.SecureRandom;

/** Passwords handed to a person once, to be replaced at their first sign-in. */
final class OneTimePasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** 16 characters without look-alikes (0/O, 1/l/I): about 92 bits. */
    static String make() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
