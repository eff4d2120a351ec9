package th.go.moc.ops.sor301hub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The order by ranks is the order by the texts themselves: missing texts first, ties broken by the last key. */
class TextOrderTest {

    record Item(String group, String name, String unit) {
    }

    @Test
    void sortsAsComparingTheTextsWould() {
        String[] groups = {"ผลผลิต: การพัฒนาผู้ประกอบการ", "ผลผลิต: การบริหารจัดการด้านการค้าในภูมิภาค", "เป้าหมาย ก", null};
        String[] names = {"จำนวนผู้ประกอบการ", "ร้อยละของความพึงพอใจ", "มูลค่าการค้า", null};
        Random random = new Random(7);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            // Equal texts in new strings too, as lines read from the database have them.
            String group = groups[random.nextInt(groups.length)];
            items.add(new Item(group == null || random.nextBoolean() ? group : new String(group),
                    names[random.nextInt(names.length)], "u" + random.nextInt(40)));
        }
        List<Function<Item, String>> texts = List.of(Item::group, Item::name);
        Comparator<String> missingAsEmpty = Comparator.comparing(s -> s == null ? "" : s);
        List<Item> expected = items.stream().sorted(Comparator.comparing(Item::group, missingAsEmpty)
                .thenComparing(Item::name, missingAsEmpty).thenComparing(Item::unit)).toList();

        assertThat(TextOrder.sorted(items, texts, Item::unit)).containsExactlyElementsOf(expected);
    }
}
