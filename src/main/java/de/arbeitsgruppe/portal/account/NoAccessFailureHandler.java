package de.arbeitsgruppe.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A failed Keycloak login lands on the "no access" page, never back at the login (which would send
 * the user straight to Keycloak again, in a loop). When Keycloak did let the user in, the page gets
 * a link that ends that Keycloak session, so the user can log in with another account.
 */
public final class NoAccessFailureHandler implements AuthenticationFailureHandler {

    /** Session attribute with the address that ends the Keycloak session, for the "no access" page. */
    public static final String LOGOUT_URL_ATTRIBUTE = NoAccessFailureHandler.class.getName() + ".logoutUrl";
    /** The reason of any failure that is not a refusal of the portal, e.g. an expired login form. */
    public static final String FAILED = "failed";
    private static final Logger LOG = LoggerFactory.getLogger(NoAccessFailureHandler.class);

    private final ClientRegistrationRepository registrations;
    private final String registrationId;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    NoAccessFailureHandler(ClientRegistrationRepository registrations, String registrationId) {
        this.registrations = registrations;
        this.registrationId = registrationId;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = FAILED;
        if (exception instanceof NoPortalAccessException refused) {
            reason = refused.refusal().code();
            request.getSession().setAttribute(LOGOUT_URL_ATTRIBUTE, keycloakLogoutUrl(request, refused.idToken()));
        } else {
            LOG.warn("Keycloak login failed: {}", exception.getMessage());
        }
        redirect.sendRedirect(request, response, "/kein-zugang?grund=" + reason);
    }

    private String keycloakLogoutUrl(HttpServletRequest request, String idToken) {
        var registration = registrations.findByRegistrationId(registrationId);
        var endSession = registration == null ? null
                : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        var baseUrl = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath()).replaceQuery(null).fragment(null).build().toUriString();
        if (endSession == null) {
            return baseUrl + "/abgemeldet";
        }
        return UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("id_token_hint", idToken)
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", baseUrl + "/abgemeldet")
                .encode().build().toUriString();
    }
}
