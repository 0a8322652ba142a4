package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was deactivated (or deleted) while logged in, at its next
 * request. Checked against the database rather than an in-memory session registry, so it works
 * the same with several portal nodes.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    ActiveAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && accounts.findByUsername(authentication.getName()).filter(Account::isActive).isEmpty()) {
            endSession(request, response, authentication);
        }
        chain.doFilter(request, response);
    }

    static void endSession(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        // made per request: the handler takes the context holder strategy in force when it is made, and
        // Vaadin installs its own only after the filter chain is built
        new SecurityContextLogoutHandler().logout(request, response, authentication);
    }
}
