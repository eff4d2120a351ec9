package th.go.moc.ops.sor301hub.access;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** A unit's pages and files: M&E staff and administrators, and UNIT accounts of that unit. */
final class UnitAccess implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        String unit = context.getVariables().get("unit");
        return new AuthorizationDecision(unit != null && Viewer.of(authentication.get()).canSeeUnit(unit));
    }
}
