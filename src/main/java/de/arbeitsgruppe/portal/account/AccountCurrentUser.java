package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalUser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The logged-in account, read fresh from the database so that role changes apply at once. */
@Component
class AccountCurrentUser implements CurrentUser {

    private final Accounts accounts;
    private static final String REQUEST_CACHE = AccountCurrentUser.class.getName() + ".";

    private final OrganisationManagement organisations;

    // lazy: the organisation module itself asks CurrentUser who is logged in
    AccountCurrentUser(Accounts accounts, @Lazy OrganisationManagement organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /**
     * Read once per HTTP request: views and every service method ask, and a role change still
     * applies from the next request on.
     */
    @Override
    public Optional<PortalUser> find() {
        var username = loggedInName();
        if (username.isEmpty()) {
            return Optional.empty();
        }
        var request = RequestContextHolder.getRequestAttributes();
        var key = REQUEST_CACHE + username.get();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof PortalUser known) {
            return Optional.of(known);
        }
        var user = activeAccount(username.get()).map(this::portalUser);
        if (request != null) {
            user.ifPresent(found -> request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    @Override
    public Optional<PortalUser> describe(String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(username).map(this::portalUser);
    }

    @Override
    public Optional<PortalUser> describeActive(String username) {
        return username == null ? Optional.empty() : activeAccount(username).map(this::portalUser);
    }

    @Override
    public void changeLocale(Locale locale) {
        loggedInName().flatMap(this::activeAccount).ifPresent(account -> {
            account.setLanguage(locale.getLanguage());
            accounts.save(account);
            var request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.removeAttribute(REQUEST_CACHE + account.getUsername(), RequestAttributes.SCOPE_REQUEST);
            }
        });
    }

    private PortalUser portalUser(Account account) {
        return new PortalUser(account.getUsername(), account.getDisplayName(), account.getOrganisationId(),
                organisations.nameOf(account.getOrganisationId(), account.getWorkingGroupId()).orElse(""),
                account.getWorkingGroupId(), Set.of(account.getRole()), Locale.of(account.getLanguage()));
    }

    private Optional<Account> activeAccount(String username) {
        return accounts.findByUsername(username).filter(Account::isActive);
    }

    private static Optional<String> loggedInName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
