package th.go.moc.ops.sor301hub.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Someone who signed in with a one-time password sees nothing but the page to set their own. */
final class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final Set<String> OPEN = Set.of(PAGE, "/logout", "/login", "/hub.css", "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && !OPEN.contains(request.getServletPath()) && auth.getAuthorities().stream()
                .anyMatch(a -> Role.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
