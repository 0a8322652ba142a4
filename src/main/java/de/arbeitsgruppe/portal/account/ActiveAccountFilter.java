package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes changes to an account reach its open sessions at their next request, with one read of the
 * account per request. A deactivated (or deleted) account, or one whose password was reset since
 * the session logged in, ends the session; another role replaces the session's authorities with the
 * stored role (no new login, no lost input). Checked against the database rather than an
 * in-memory session registry, so it works the same with several portal nodes.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    ActiveAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Optional<Account> account;
            try {
                account = accounts.findByUsername(authentication.getName()).filter(Account::isActive);
            } catch (RuntimeException e) {
                if (!DatabaseAway.explains(e)) {
                    throw e;
                }
                // The database is away: nothing this session could read or change is reachable now,
                // and the check runs again on the next request. Letting the request on means the
                // user's click reaches the page, which keeps the form and says why it did not save;
                // stopping it here would leave Vaadin's client with a bare failed request.
                chain.doFilter(request, response);
                return;
            }
            if (account.isEmpty()) {
                endSession(request, response, authentication);
            } else {
                follow(account.get(), authentication, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void follow(Account account, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        var session = request.getSession(false);
        if (session == null) {
            return;
        }
        var current = SessionStamp.of(account);
        var remembered = SessionStamp.in(session);
        if (remembered == null) {
            // a session from before the stamps existed: from now on it is compared
            current.rememberIn(session);
        } else if (remembered.credentials() != current.credentials()) {
            endSession(request, response, authentication);
        } else if (remembered.security() != current.security()) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(withRole(authentication, account.getRole()));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
            current.rememberIn(session);
        }
    }

    /** The same login with the authorities of another role; the others (e.g. Spring Security's factors) stay. */
    static Authentication withRole(Authentication authentication, Role role) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        authentication.getAuthorities().stream()
                .filter(authority -> !String.valueOf(authority.getAuthority()).startsWith("ROLE_"))
                .forEach(authorities::add);
        if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user) {
            return new OAuth2AuthenticationToken(new PortalOidcUser(authorities, user, authentication.getName()),
                    authorities, token.getAuthorizedClientRegistrationId());
        }
        var rebuilt = UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, authorities);
        rebuilt.setDetails(authentication.getDetails());
        return rebuilt;
    }

    static void endSession(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        // made per request: the handler takes the context holder strategy in force when it is made, and
        // Vaadin installs its own only after the filter chain is built
        new SecurityContextLogoutHandler().logout(request, response, authentication);
    }
}
