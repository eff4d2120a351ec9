package th.go.moc.ops.sor301hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A person using the running service over real HTTP, as a browser would: a cookie jar, the sign-in form with its
 * CSRF token, redirects not followed (so that a test sees them).
 */
public final class WebUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private WebUser(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private WebUser(int port, HttpClient http) {
        this.base = "http://localhost:" + port;
        this.http = http;
    }

    /** The same browser (its cookies) going to another instance of the service on this machine. */
    public WebUser at(int port) {
        return new WebUser(port, http);
    }

    /** Whether a page was served to someone signed in (not sent to the sign-in page). */
    public static boolean signedIn(HttpResponse<?> page) {
        return !(page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("/login"));
    }

    /** Nobody signed in. */
    public static WebUser anonymous(int port) {
        return new WebUser(port);
    }

    /** Creates the account (password "password-of-" + username, already its own) if need be, and signs in. */
    public static WebUser signedIn(ApplicationContext context, int port, String username, Role role, String... units) {
        AccountStore accounts = context.getBean(AccountStore.class);
        if (accounts.byUsername(username).isEmpty()) {
            accounts.create(username, "ทดสอบ " + username, role, List.of(units),
                    context.getBean(PasswordEncoder.class).encode(password(username)), false, Instant.now());
        }
        WebUser user = new WebUser(port);
        HttpResponse<String> signIn = user.signIn(username, password(username));
        assertThat(signIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return user;
    }

    public static String password(String username) {
        return "password-of-" + username;
    }

    public HttpResponse<String> signIn(String username, String password) {
        return post("/login", "/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form as the page at {@code formPage} would, with the CSRF token that page carries. */
    public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        assertThat(token.find()).as("a CSRF token on " + formPage).isTrue();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        return postRaw(path, form);
    }

    /** Posts exactly these fields: no token added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
