package th.go.moc.ops.sor301hub.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: username and password, and the organisation's sign-in where one is set up. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> organisationSignIn;

    LoginController(ObjectProvider<ClientRegistrationRepository> organisationSignIn) {
        this.organisationSignIn = organisationSignIn;
    }

    /** @param registrationId the part of the organisation sign-in's address that names it */
    record Provider(String registrationId, String name) {
    }

    @GetMapping("/login")
    String login(Model model) {
        List<Provider> providers = new ArrayList<>();
        organisationSignIn.ifAvailable(repository -> {
            if (repository instanceof Iterable<?> registrations) {
                for (Object r : registrations) {
                    ClientRegistration registration = (ClientRegistration) r;
                    providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        });
        model.addAttribute("providers", providers);
        return "access/login";
    }
}
