package th.go.moc.ops.sor301hub.sor301;

/** A message as users see it: Thai first, with English. */
public record Bilingual(String th, String en) {

    public static Bilingual of(String th, String en, Object... args) {
        return new Bilingual(th.formatted(args), en.formatted(args));
    }

    /** "ไทย / English", for a single line of text such as a log or a reason file. */
    @Override
    public String toString() {
        return th + " / " + en;
    }
}
