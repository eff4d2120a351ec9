package th.go.moc.ops.sor301hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.store.AuditLog;

/** Every word on a page exists in Thai and in English, and no page shows text that is not translated. */
class MessagesInBothLanguagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY = Pattern.compile("#\\{'?([a-zA-Z.]+)'?");
    /** Text between tags that is not an expression: a word a user would read untranslated. */
    /** The values a computed key (a prefix in a template) is completed with. */
    private static final Map<String, List<String>> COMPUTED = Map.of(
            "status.", List.of("NONE", "ACCEPTED", "REJECTED", "SUPERSEDED"),
            "role.", Stream.of(Role.values()).map(Role::name).toList(),
            "audit.event.", AuditLog.KINDS,
            "filter.", MonthController.FILTERS,
            "indicators.", Stream.of(th.go.moc.ops.sor301hub.analysis.Standing.values())
                    .map(st -> st.name().toLowerCase(java.util.Locale.ROOT)).toList());
    private static final Pattern BARE_TEXT = Pattern.compile(">\\s*([^<>\\s][^<>]*?)\\s*<");

    @Test
    void thaiAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    /**
     * Spring formats a message with MessageFormat only when it has arguments, where an apostrophe must be
     * doubled; a message without arguments is shown as written, so a doubled one would show twice.
     */
    @Test
    void apostrophesShowAsOne() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                boolean formatted = text.matches("(?s).*\\{\\d.*");
                String shown = formatted ? java.text.MessageFormat.format(text, 1, 2, 3, 4) : text;
                assertThat(shown).as(file + " " + key).doesNotContain("''").doesNotContain("{");
                assertThat(shown.chars().filter(c -> c == '\'').count()).as(file + " " + key)
                        .isEqualTo(text.replace("''", "'").chars().filter(c -> c == '\'').count());
            }
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> known = keys("messages.properties");
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                if (key.endsWith(".")) {
                    // A computed key such as 'status.' + state: every value needs its message.
                    assertThat(COMPUTED).as(template + ": the values of " + key).containsKey(key);
                    for (String value : COMPUTED.get(key)) {
                        assertThat(known).as(template + " " + key + value).contains(key + value);
                    }
                } else {
                    assertThat(known).as(template.toString()).contains(key);
                }
            }
        }
    }

    @Test
    void templatesHoldNoTextOfTheirOwnThatTheServerDoesNotReplace() throws IOException {
        for (Path template : templates()) {
            for (String line : Files.readAllLines(template)) {
                Matcher m = BARE_TEXT.matcher(line);
                while (m.find()) {
                    // Placeholder text is allowed only inside an element whose th:text replaces it.
                    assertThat(line).as(template + ": \"" + m.group(1) + "\" is shown untranslated")
                            .containsPattern("th:(text|replace|insert)=");
                }
            }
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /**
     * The web app's pages. Not templates/summary: the executive summary is an official Thai document for
     * the Permanent Secretary, like the SOR-301 form itself, written in Thai only.
     */
    private static java.util.List<Path> templates() throws IOException {
        try (Stream<Path> walk = Files.walk(RESOURCES.resolve("templates"))) {
            return walk.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("/summary/")).toList();
        }
    }
}
