package th.go.moc.ops.sor301hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;

/**
 * Every page and download the application maps, found from Spring's own handler mappings (so a page added
 * later is walked too), is refused to someone who has not signed in: sent to the sign-in page, or refused
 * outright for a form post. Only the sign-in page, the public summaries, the error page, the style sheet and,
 * for operations tools, the health and Prometheus endpoints are open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousAccessTest {

    static final Path root = ShareFolders.tempRoot();
    /** Patterns that are open to anyone, on purpose. */
    static final Set<String> OPEN = Set.of("/login", "/error", "/public/months/{period}", "/addin/manifest.xml");
    /** A value for each path variable the application uses. */
    static final Map<String, String> SAMPLE_VALUES = Map.of("period", "2569-05", "unitId", "pco-chiangmai",
            "unit", "pco-chiangmai", "name", "SOR301_2569-05.xlsx", "id", "1", "key", "x1y2");

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyMappedPageIsClosedToAnonymousVisitorsButTheOpenOnes() throws Exception {
        List<String> walked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (OPEN.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpResponse<String> response = send(method.name(), fill(pattern));
                    walked.add(method + " " + pattern);
                    if (pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs")) {
                        // The API answers 401 in JSON, with the reason in both languages: never a sign-in page.
                        assertThat(response.statusCode()).as(method + " " + pattern).isEqualTo(401);
                        assertThat(response.body()).as(method + " " + pattern).contains("SIGN_IN_REQUIRED")
                                .contains("กรุณาเข้าสู่ระบบ");
                    } else if (method == RequestMethod.GET) {
                        assertThat(response.statusCode()).as(method + " " + pattern).isEqualTo(302);
                        assertThat(response.headers().firstValue("Location").orElseThrow()).as(method + " " + pattern)
                                .endsWith("/login");
                    } else {
                        // A form post without a session has no CSRF token either: refused before anything runs.
                        assertThat(response.statusCode()).as(method + " " + pattern).isEqualTo(403);
                    }
                }
            }
        }
        assertThat(walked).as("the walk found the application's pages").contains("GET /months/{period}",
                "GET /months/{period}/units/{unitId}/feedback", "GET /audit", "GET /admin/users",
                "POST /admin/users/{id}/password", "POST /account/password", "POST /api/v1/check",
                "POST /api/v1/submissions", "GET /api/v1/units/{unit}/months/{period}");
    }

    @Test
    void theOpenPagesAreOpen() throws Exception {
        assertThat(send("GET", "/login").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/hub.css").statusCode()).isEqualTo(200);
        // No summary published for the month yet: not found, but not sent to sign in either.
        assertThat(send("GET", "/public/months/2569-05").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/no/such/page").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // As a monitoring tool asks: any type of answer.
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"leader\"").contains("\"share\"").contains("\"db\"");
        assertThat(th.go.moc.ops.sor301hub.Http.text("http://localhost:" + port + "/actuator/prometheus"))
                .contains("sor301_files_read_total").contains("sor301_inbox_files");
        // Nothing else of the actuator: its environment and beans are neither exposed nor open.
        assertThat(send("GET", "/actuator/env").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String fill(String pattern) {
        String path = pattern;
        for (Map.Entry<String, String> v : SAMPLE_VALUES.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        assertThat(path).as("a sample value for every variable of " + pattern).doesNotContain("{");
        return path;
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
