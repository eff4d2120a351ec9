package th.go.moc.ops.sor301hub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors as a page in the reader's language (403, 404, 500 and the rest), never as JSON or a stack trace,
 * whatever the client asked for.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        model.addAttribute("status", status);
        String kind = status == 400 || status == 403 || status == 404 ? String.valueOf(status)
                : status >= 500 ? "500" : "other";
        model.addAttribute("heading", "error." + kind + ".heading");
        model.addAttribute("text", "error." + kind + ".text");
        return "error";
    }
}
