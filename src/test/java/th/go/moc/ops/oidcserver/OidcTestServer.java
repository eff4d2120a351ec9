package th.go.moc.ops.oidcserver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for the sign-in tests, started in the test's
 * JVM on 127.0.0.1 as an application of its own. It lives outside the service's packages so that the service's
 * component scan never picks it up. Its people and the claims it gives them stand for the ministry's directory.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OidcTestServer {

    public static final String CLIENT_ID = "sor301-hub";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String PASSWORD = "directory-password";

    /** Username → the claims the directory gives: a role, and for a unit's officer its units. */
    static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "somchai", Map.of("sor301_role", "me-staff", "name", "สมชาย ใจดี"),
            "malee", Map.of("sor301_role", "UNIT", "sor301_units", List.of("pco-chiangmai"), "name", "มาลี ศรีสุข"),
            "nobody", Map.of("name", "ไม่มี บทบาท"));

    /** Starts the provider on a free port of 127.0.0.1, its client allowed to return to the service's address. */
    public static ConfigurableApplicationContext start(String serviceBaseUrl, String registrationId) {
        Map<String, Object> p = new HashMap<>();
        String client = "spring.security.oauth2.authorizationserver.client.hub.";
        // Not the service's application.properties: this is another application.
        p.put("spring.config.name", "oidc-test-server");
        p.put("server.port", "0");
        p.put("server.address", "127.0.0.1");
        p.put("spring.flyway.enabled", "false");
        p.put("spring.main.banner-mode", "off");
        // The service's page templates are on the class path too; the provider shows Spring's own pages.
        p.put("spring.thymeleaf.enabled", "false");
        p.put(client + "registration.client-id", CLIENT_ID);
        p.put(client + "registration.client-secret", "{noop}" + CLIENT_SECRET);
        p.put(client + "registration.client-authentication-methods", "client_secret_basic");
        p.put(client + "registration.authorization-grant-types", "authorization_code");
        p.put(client + "registration.redirect-uris", serviceBaseUrl + "/login/oauth2/code/" + registrationId);
        p.put(client + "registration.scopes", "openid,profile");
        p.put(client + "require-authorization-consent", "false");
        return new SpringApplicationBuilder(OidcTestServer.class).properties(p).run();
    }

    public static String issuer(ConfigurableApplicationContext server) {
        return "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @Bean
    UserDetailsService directory() {
        return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
    }

    /** The directory's claims go into the ID token, as a ministry's identity provider would put them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> directoryClaims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", name);
                PEOPLE.getOrDefault(name, Map.of()).forEach((k, v) -> context.getClaims().claim(k, v));
            }
        };
    }
}
