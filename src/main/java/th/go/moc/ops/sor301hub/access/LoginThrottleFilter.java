package th.go.moc.ops.sor301hub.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away a sign-in attempt, before its password is checked, while {@link LoginThrottle} says so. */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SignInEvents events;

    LoginThrottleFilter(LoginThrottle throttle, SignInEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            if (throttle.blocked(username, request.getRemoteAddr())) {
                events.blocked(username, request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + "/login?blocked");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
