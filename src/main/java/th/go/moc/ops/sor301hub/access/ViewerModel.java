package th.go.moc.ops.sor301hub.access;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is looking ("viewer"), to show their name and only the links they may follow. */
@ControllerAdvice
class ViewerModel {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication);
    }
}
