package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Administration of local accounts: only admins, and only within their own working group. */
@Service
public class AccountManagement {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final OrganisationManagement organisations;
    private final ApplicationEventPublisher events;
    private final PortalProperties properties;

    AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            OrganisationManagement organisations, ApplicationEventPublisher events, PortalProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.events = events;
        this.properties = properties;
    }


    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> findAll() {
        return accounts.findByWorkingGroupId(workingGroup(), Sort.by("username"));
    }

    /**
     * A new account; its first password is required in local mode. In oidc mode the password is
     * ignored and none is stored (nobody logs in with it): the user logs in through Keycloak with the
     * same login name.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Account create(Account account, String password) {
        if (usesLocalPasswords()) {
            PasswordPolicy.problem(password).ifPresent(problem -> {
                throw new InvalidPasswordException(problem);
            });
        }
        requireOrganisation(account.getOrganisationId());
        if (accounts.existsByUsername(account.getUsername())) {
            throw new UsernameTakenException(account.getUsername());
        }
        account.setId(null);
        account.setWorkingGroupId(workingGroup());
        account.setPasswordHash(usesLocalPasswords() ? passwordEncoder.encode(password) : null);
        try {
            return accounts.save(account);
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(account.getUsername());
        }
    }

    /** Changes name, e-mail, role and organisation; login name, password and status stay. */
    @PreAuthorize("hasRole('ADMIN')")
    public Account update(Account changed) {
        var stored = load(changed.getId());
        requireOrganisation(changed.getOrganisationId());
        if (stored.getUsername().equals(currentUser.require().username()) && changed.getRole() != stored.getRole()) {
            throw new AccessDeniedException("admins do not take away their own role");
        }
        stored.setDisplayName(changed.getDisplayName());
        stored.setEmail(changed.getEmail());
        stored.setRole(changed.getRole());
        stored.setOrganisationId(changed.getOrganisationId());
        return save(stored, changed.getVersion());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account resetPassword(String accountId, String newPassword) {
        PasswordPolicy.problem(newPassword).ifPresent(problem -> {
            throw new InvalidPasswordException(problem);
        });
        var account = load(accountId);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        return save(account, account.getVersion());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account setActive(String accountId, boolean active) {
        var account = load(accountId);
        if (!active && account.getUsername().equals(currentUser.require().username())) {
            throw new AccessDeniedException("admins do not lock themselves out");
        }
        account.setActive(active);
        var saved = save(account, account.getVersion());
        if (!active) {
            events.publishEvent(new AccountDeactivated(saved.getUsername()));
        }
        return saved;
    }

    /**
     * Creates or updates the account of a single sign-on login, before anyone is logged in: so
     * package-private, only the login itself calls it. Name, e-mail, organisation and role follow
     * the identity provider on every login; the status stays, so a portal account an admin
     * deactivated remains deactivated. New accounts get no local password.
     */
    Account provision(OidcAccountMapping.Login login, String workingGroupId) {
        for (int attempt = 1; ; attempt++) {
            try {
                var account = accounts.findByUsername(login.username()).orElseGet(() -> {
                    var created = new Account(login.username(), login.displayName(), login.role(), login.organisationId());
                    created.setWorkingGroupId(workingGroupId);
                    return created;
                });
                if (!workingGroupId.equals(account.getWorkingGroupId())) {
                    throw new AccessDeniedException("account " + login.username() + " belongs to another working group");
                }
                account.setDisplayName(login.displayName());
                account.setEmail(login.email());
                account.setOrganisationId(login.organisationId());
                account.setRole(login.role());
                return accounts.save(account);
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // the same user logging in twice at once: the other login has just saved, read it again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private Account load(String accountId) {
        return accounts.findById(accountId == null ? "" : accountId)
                .filter(account -> workingGroup().equals(account.getWorkingGroupId()))
                .orElseThrow(() -> new AccessDeniedException("unknown account"));
    }

    private Account save(Account account, Long expectedVersion) {
        if (expectedVersion != null && !expectedVersion.equals(account.getVersion())) {
            throw new ConflictException();
        }
        return VersionedSave.of(account, () -> accounts.save(account));
    }

    private void requireOrganisation(String organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            throw new IllegalArgumentException("unknown organisation " + organisationId);
        }
    }

    private String workingGroup() {
        return currentUser.require().workingGroupId();
    }

    /** Not in oidc mode, where Keycloak checks who logs in and no local password is ever asked for. */
    private boolean usesLocalPasswords() {
        return !properties.isOidc();
    }
}
