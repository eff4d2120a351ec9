package th.go.moc.ops.sor301hub.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.store.AuditLog;

/** Every sign-in, failed sign-in, refused sign-in and sign-out goes to the audit trail; failures feed the throttle. */
@Component
class SignInEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInEvents(AuditLog audit, LoginThrottle throttle, Clock clock) {
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        throttle.succeeded(auth.getName());
        audit.record(clock.instant(), "LOGIN", auth.getName(), null, null, null, "from " + request.getRemoteAddr());
        onwards.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String username = request.getParameter("username");
        if (failure instanceof OAuth2AuthenticationException oidc) {
            audit.record(clock.instant(), "LOGIN_FAILED", null, null, null, null,
                    "organisation sign-in: " + oidc.getError().getErrorCode() + " from " + request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?oidc-error");
            return;
        }
        throttle.failed(username, request.getRemoteAddr());
        audit.record(clock.instant(), "LOGIN_FAILED", AccountStore.normalise(username), null, null, null,
                failure.getClass().getSimpleName() + " from " + request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** A wrong username or password sent to the API. */
    void apiFailed(String username, String address) {
        audit.record(clock.instant(), "LOGIN_FAILED", AccountStore.normalise(username), null, null, null,
                "API, from " + address);
    }

    void blocked(String username, String address) {
        audit.record(clock.instant(), "LOGIN_BLOCKED", AccountStore.normalise(username), null, null, null,
                "too many failed sign-ins, from " + address);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (auth != null) {
            audit.record(clock.instant(), "LOGOUT", auth.getName(), null, null, null, null);
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
