package th.go.moc.ops.sor301hub.report;

import th.go.moc.ops.sor301hub.analysis.Assessment;
import th.go.moc.ops.sor301hub.sor301.Direction;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * The form's figures in words, as an officer writes them: "ผลสะสม ๔๐ ล้านบาท สูงกว่าเป้าหมายสะสม
 * ๓๒ ล้านบาท", "ร้อยละ ๘๕" with ร้อยละ before the figure, Thai digits throughout. For an indicator where less
 * is better (a processing time) the words say better or worse, not higher or lower.
 */
final class ResultSentence {

    private ResultSentence() {
    }

    /** "๑๒๐ ราย", but "ร้อยละ ๘๕"; the figure alone without a unit of count. */
    static String figure(double value, String unitOfCount) {
        String number = ThaiText.thaiDigits(Figures.format(value));
        if (unitOfCount == null || unitOfCount.isBlank()) {
            return number;
        }
        return unitOfCount.equals("ร้อยละ") ? "ร้อยละ " + number : number + " " + unitOfCount;
    }

    /** The cumulative result against what was expected by now, in one sentence. */
    static String of(Assessment a) {
        IndicatorLine line = a.line();
        String unit = line.indicator().unitOfCount();
        String result = "ผลสะสม " + figure(a.cumulativeResult(), unit);
        String expected = figure(a.expected(), unit);
        double gap = Math.abs(a.cumulativeResult() - a.expected());
        boolean lowerIsBetter = line.indicator().direction() == Direction.LOWER_IS_BETTER;
        return switch (a.standing()) {
            case ABOVE -> result + (lowerIsBetter ? " ดีกว่าเป้าหมายสะสมที่ไม่เกิน " : " สูงกว่าเป้าหมายสะสม ") + expected;
            case ON -> result + " เป็นไปตามเป้าหมายสะสม" + (lowerIsBetter ? "ที่ไม่เกิน " : " ") + expected;
            case BELOW -> lowerIsBetter
                    ? result + " เกินเป้าหมายสะสมที่ไม่เกิน " + expected + " (เกินอยู่ " + figure(gap, unit) + ")"
                    : result + " ต่ำกว่าเป้าหมายสะสม " + expected + " (ขาดอีก " + figure(gap, unit) + ")";
        };
    }
}
