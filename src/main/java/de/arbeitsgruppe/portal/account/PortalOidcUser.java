package de.arbeitsgruppe.portal.account;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A Keycloak login whose name is the portal account's username. The account is found by issuer and
 * {@code sub}; its username stays when the user is renamed in Keycloak, so everything that refers
 * to it (contact entries, the session's account lookups) keeps working.
 */
class PortalOidcUser extends DefaultOidcUser {

    private final String username;

    PortalOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser user, String username) {
        super(authorities, user.getIdToken(), user.getUserInfo(), PortalOidcUserService.USERNAME_CLAIM);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }
}
