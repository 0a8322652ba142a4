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

/** The logged-in account, read fresh from the database so that role changes apply at once. */
@Component
class AccountCurrentUser implements CurrentUser {

    private final Accounts accounts;
    private final OrganisationManagement organisations;

    // lazy: the organisation module itself asks CurrentUser who is logged in
    AccountCurrentUser(Accounts accounts, @Lazy OrganisationManagement organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public Optional<PortalUser> find() {
        return loggedInAccount().map(account -> new PortalUser(account.getUsername(), account.getDisplayName(),
                account.getOrganisationId(), organisations.nameOf(account.getOrganisationId(), account.getWorkingGroupId()).orElse(""),
                account.getWorkingGroupId(), Set.of(account.getRole()), Locale.of(account.getLanguage())));
    }

    @Override
    public void changeLocale(Locale locale) {
        loggedInAccount().ifPresent(account -> {
            account.setLanguage(locale.getLanguage());
            accounts.save(account);
        });
    }

    Optional<Account> loggedInAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).filter(Account::isActive);
    }
}
