package th.go.moc.ops.sor301hub.summary;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaks for Thai, which writes no spaces between words: the JDK's dictionary-based Thai line
 * iterator finds the word boundaries, so a PDF line never ends inside a word.
 */
final class ThaiLineBreaker implements FSTextBreaker {

    private final BreakIterator iterator = BreakIterator.getLineInstance(Locale.forLanguageTag("th-TH"));

    @Override
    public int next() {
        return iterator.next();
    }

    @Override
    public void setText(String newText) {
        iterator.setText(newText);
    }
}
