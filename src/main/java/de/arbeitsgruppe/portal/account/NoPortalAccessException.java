package de.arbeitsgruppe.portal.account;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Keycloak let the user in, but the portal does not: no known organisation or role, or the portal
 * account is deactivated. Carries the ID token, so the "no access" page can end the Keycloak
 * session without asking again.
 */
class NoPortalAccessException extends OAuth2AuthenticationException {

    static final String ERROR_CODE = "no_portal_access";

    private final OidcAccountMapping.Refusal refusal;
    private final String idToken;

    NoPortalAccessException(OidcAccountMapping.Refusal refusal, String username, String idToken) {
        super(new OAuth2Error(ERROR_CODE, refusal.code(), null), "no portal access for " + username + ": " + refusal.code());
        this.refusal = refusal;
        this.idToken = idToken;
    }

    OidcAccountMapping.Refusal refusal() {
        return refusal;
    }

    String idToken() {
        return idToken;
    }
}
