package th.go.moc.ops.sor301hub.sor301;

import java.util.Optional;

/**
 * Numbers as units type them: Thai or ASCII digits, thousands separators, spaces, "-" or "–" for nil,
 * a trailing "%", brackets for negatives.
 */
public final class ThaiNumbers {

    private ThaiNumbers() {
    }

    /** What a text cell says as a number. */
    public sealed interface Reading {
    }

    /** A number; {@code percent} when it was written with a "%" sign. */
    public record Value(double value, boolean percent) implements Reading {
    }

    /** "-", "–", "—": the unit says "nothing", which counts as zero. */
    public record Nil() implements Reading {
    }

    public record NotANumber() implements Reading {
    }

    public static Reading read(String text) {
        String s = ThaiText.asciiDigits(text).replace('\u00A0', ' ').strip();
        if (s.isEmpty() || s.equals("-") || s.equals("–") || s.equals("—") || s.equals("--")) {
            return new Nil();
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean bracketed = s.startsWith("(") && s.endsWith(")");
        if (bracketed) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replace(",", "").replace(" ", "").replace('−', '-');
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return new NotANumber();
        }
        double value = Double.parseDouble(s);
        return new Value(bracketed ? -value : value, percent);
    }

    public static Optional<Double> parse(String text) {
        return read(text) instanceof Value v ? Optional.of(v.value()) : Optional.empty();
    }
}
