package th.go.moc.ops.sor301hub.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in to the API: a username refused for a while after too many wrong passwords (as at the sign-in page),
 * each wrong one counted and audited, and every refusal said in JSON, in Thai and English.
 */
final class ApiSignIn extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SignInEvents events;

    ApiSignIn(LoginThrottle throttle, SignInEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = basicUsername(request);
        if (username != null && throttle.blocked(username, request.getRemoteAddr())) {
            events.blocked(username, request.getRemoteAddr());
            json(response, 429, "SIGN_IN_BLOCKED", "ใส่รหัสผ่านผิดหลายครั้ง กรุณารอ 15 นาทีแล้วลองใหม่",
                    "Too many wrong passwords; wait 15 minutes and try again.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** No account, or a wrong password: 401, and a wrong password counted against the username. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String username = basicUsername(request);
        if (username != null) {
            throttle.failed(username, request.getRemoteAddr());
            events.apiFailed(username, request.getRemoteAddr());
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"SOR-301 Hub\", charset=\"UTF-8\"");
        json(response, 401, "SIGN_IN_REQUIRED", "กรุณาเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านของระบบ",
                "Sign in with your SOR-301 Hub username and password.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        json(response, 403, "FORBIDDEN", "บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้", "This account may not do this.");
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon > 0 ? pair.substring(0, colon) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void json(HttpServletResponse response, int status, String code, String thai, String english)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + code + "\",\"th\":\"" + thai + "\",\"en\":\"" + english + "\"}");
    }
}
