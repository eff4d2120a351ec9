package th.go.moc.ops.sor301hub.access;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. A page no rule below names is for M&E staff only, so a new page shows no unit's data
 * to another unit until someone decides who sees it ({@code AnonymousAccessTest} walks every page).
 */
@Configuration
@EnableConfigurationProperties(AccessSettings.class)
class SecurityConfiguration {

    /** Pages, styles and images come only from the service itself; no page may be framed elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The Excel add-in's pages (/addin/**): open, as they hold no data (the pane signs in to the API), and
     * allowed to load Office.js from Microsoft and to be framed by Excel on the web.
     */
    static final String ADDIN_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.office365.com "
            + "https://*.microsoft.com";

    @Bean
    @Order(0)
    SecurityFilterChain addin(HttpSecurity http) throws Exception {
        http.securityMatcher("/addin/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ADDIN_CONTENT_SECURITY_POLICY))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable));
        return http.build();
    }

    /**
     * What operations tools read without an account: whether the service is healthy (and leads) and its metrics
     * for Prometheus. No other actuator endpoint is exposed (management.endpoints.web.exposure.include).
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The API (/api/**) for the Excel add-in and scripts: an account's username and password with each request
     * (HTTP Basic, over HTTPS) or the session of a signed-in page. It answers 401 in JSON, never a sign-in page;
     * a username is throttled as at the sign-in page. Which unit a caller may act for is the API's own check.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle, SignInEvents signIns) throws Exception {
        ApiSignIn signIn = new ApiSignIn(throttle, signIns);
        // The OpenAPI description of the API is read the same way, by any account.
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(signIn::unauthorized)
                        .accessDeniedHandler(ApiSignIn::forbidden))
                // Basic authentication carries no cookie a forged page could ride on; a session's cookie is SameSite.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(signIn, BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SignInEvents signIns, LoginThrottle throttle,
                            ObjectProvider<ClientRegistrationRepository> organisationSignIn, OidcAccounts oidcAccounts)
            throws Exception {
        http.authorizeHttpRequests(rules -> rules
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/login", "/error", "/hub.css", "/favicon.ico", "/public/**").permitAll()
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/audit").hasRole(Role.ME_STAFF.name())
                .requestMatchers("/months/{period}/units/{unit}", "/months/{period}/units/{unit}/**")
                .access(new UnitAccess())
                .requestMatchers("/months/*/outputs/Summary_*", "/months/*/outputs/Public_*")
                .hasRole(Role.VIEWER.name())
                .requestMatchers("/months/*/outputs/**").hasRole(Role.ME_STAFF.name())
                .requestMatchers("/months/*", "/months/*/indicators", "/months/*/indicators/*").hasRole(Role.VIEWER.name())
                .requestMatchers("/", "/account/**", "/swagger-ui.html", "/swagger-ui/**").authenticated()
                // Which unit a file may be sent for is the upload page's own check, as the API's.
                .requestMatchers("/upload", "/upload/**").authenticated()
                // Anything else (a page added later, an address that does not exist) is for M&E staff only.
                .anyRequest().hasRole(Role.ME_STAFF.name()));
        http.formLogin(form -> form.loginPage("/login").successHandler(signIns).failureHandler(signIns));
        organisationSignIn.ifAvailable(registrations -> http.oauth2Login(oidc -> oidc.loginPage("/login")
                .successHandler(signIns).failureHandler(signIns)
                .userInfoEndpoint(user -> user.oidcUserService(oidcAccounts))));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signIns));
        http.addFilterBefore(new LoginThrottleFilter(throttle, signIns), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new PasswordChangeFilter(), AuthorizationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.ME_STAFF.name())
                .role(Role.ME_STAFF.name()).implies(Role.VIEWER.name())
                .build();
    }

    /** BCrypt, stored with its "{bcrypt}" prefix so that a stronger scheme can be adopted later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
