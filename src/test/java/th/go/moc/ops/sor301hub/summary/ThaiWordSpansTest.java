package th.go.moc.ops.sor301hub.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiWordSpansTest {

    @Test
    void eachWordAndAbbreviationIsKeptWholeAndOnlyTheTextIsTouched() {
        String html = "<html><head><title>สรุปผล</title><style>p { color: red; }</style></head>"
                + "<body><p class=\"rule\">สินค้าออนไลน์ มิ.ย. 2569 &amp; ตัวชี้วัด</p></body></html>";
        String out = ThaiWordSpans.apply(html);
        assertThat(out).startsWith("<html><head><title>สรุปผล</title><style>p { color: red; }</style></head>")
                .contains("<p class=\"rule\"><span class=\"w\">สินค้า</span><wbr><span class=\"w\">ออนไลน์</span> "
                        + "<span class=\"w\">มิ.ย.</span> 2569 &amp; <span class=\"w\">ตัวชี้วัด</span></p>");
        assertThat(out.replaceAll("<[^>]+>", "")).isEqualTo(html.replaceAll("<[^>]+>", ""));
    }
}
