package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Every Keycloak login and every token refresh that brings a new ID token passes here: the claims
 * decide the portal account (created or updated each time) and its one role, so a role changed in
 * Keycloak reaches an open session with the next refresh (at most the access token's lifetime). The
 * account is the one of the token's issuer and {@code sub}; the authentication's name is its portal
 * username, so {@code AccountCurrentUser} finds the account as with a local login.
 */
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String USERNAME_CLAIM = "preferred_username";
    private static final Logger LOG = LoggerFactory.getLogger(PortalOidcUserService.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> keycloak;
    private final AccountManagement accountManagement;
    private final OidcAccountMapping mapping;
    private final String workingGroupId;

    PortalOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> keycloak, AccountManagement accountManagement,
            OrganisationManagement organisations, PortalProperties properties) {
        this.keycloak = keycloak;
        this.accountManagement = accountManagement;
        this.workingGroupId = properties.workingGroupId();
        this.mapping = new OidcAccountMapping(alias -> organisations.findByAlias(alias, workingGroupId)
                .map(OrganisationSummary::id));
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = keycloak.loadUser(request);
        var decision = mapping.decide(user.getClaims());
        if (!decision.isGranted()) {
            throw refused(decision.refusal(), user);
        }
        Account account;
        try {
            account = accountManagement.provision(decision.login(), user.getIdToken().getIssuer().toString(),
                    user.getSubject(), workingGroupId);
        } catch (ReusedUsernameException e) {
            throw refused(OidcAccountMapping.Refusal.REUSED_USERNAME, user);
        }
        if (!account.isActive()) {
            throw refused(OidcAccountMapping.Refusal.DEACTIVATED, user);
        }
        var authorities = List.of(new SimpleGrantedAuthority(account.getRole().authority()));
        return new PortalOidcUser(authorities, user, account.getUsername());
    }

    private NoPortalAccessException refused(OidcAccountMapping.Refusal refusal, OidcUser user) {
        LOG.info("Keycloak user {} gets no portal access: {}", user.getClaims().get(USERNAME_CLAIM), refusal.code());
        return new NoPortalAccessException(refusal, String.valueOf(user.getClaims().get(USERNAME_CLAIM)),
                user.getIdToken().getTokenValue());
    }
}
