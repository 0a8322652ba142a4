package de.arbeitsgruppe.portal.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a Keycloak login alive only as long as Keycloak agrees: on each request the access token is
 * refreshed once it has expired (Keycloak: 5 minutes). A refused refresh — user disabled or deleted
 * in Keycloak, Keycloak session ended or idle — ends the portal session at that request, and so
 * does a refreshed ID token that no longer gives portal access.
 */
class TokenRefreshFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRefreshFilter.class);

    private final OAuth2AuthorizedClientManager clients;

    TokenRefreshFilter(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // a heartbeat is the open tab, not the user: refreshing on it would keep the Keycloak session
        // alive for as long as the tab stays open, and a page reload after the portal's idle logout
        // would log the user in again without a password
        if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken login
                && !"heartbeat".equals(request.getParameter("v-r"))
                && !stillAuthorized(login, request, response)) {
            ActiveAccountFilter.endSession(request, response, login);
        }
        chain.doFilter(request, response);
    }

    private boolean stillAuthorized(OAuth2AuthenticationToken login, HttpServletRequest request,
            HttpServletResponse response) {
        var authorize = OAuth2AuthorizeRequest.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                .principal(login)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build();
        try {
            // null: no tokens in this session (any more), e.g. after a refused refresh on another request
            return clients.authorize(authorize) != null;
        } catch (OAuth2AuthorizationException e) {
            LOG.info("Keycloak refused to refresh the login of {}: {}", login.getName(), e.getError().getErrorCode());
            return false;
        } catch (AuthenticationException e) {
            // the refreshed ID token no longer gives portal access (no role, other organisation …)
            LOG.info("The refreshed login of {} gets no portal access: {}", login.getName(), e.getMessage());
            return false;
        }
    }
}
