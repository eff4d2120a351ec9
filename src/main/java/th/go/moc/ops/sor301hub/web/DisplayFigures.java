package th.go.moc.ops.sor301hub.web;

import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.sor301.Figures;

/** Figures with their unit of count as a reader says them: "120 ราย", but "ร้อยละ 85". */
@Component("figures")
public class DisplayFigures {

    public String withUnit(Double value, String unitOfCount) {
        if (value == null) {
            return "-";
        }
        String number = Figures.format(value);
        if (unitOfCount == null || unitOfCount.isBlank()) {
            return number;
        }
        return unitOfCount.equals("ร้อยละ") ? "ร้อยละ " + number : number + " " + unitOfCount;
    }
}
