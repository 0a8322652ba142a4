package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    private final LoginProtection loginProtection;

    AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            OrganisationManagement organisations, ApplicationEventPublisher events, PortalProperties properties,
            LoginProtection loginProtection) {
        this.accounts = accounts;
        this.loginProtection = loginProtection;
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
     * The active accounts of the group's own staff (members, coordinators, admins) by name, for the
     * office to name someone among them, e.g. who writes the minutes. Partners are not staff.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<StaffMember> staff() {
        return accounts.findByWorkingGroupId(workingGroup(), Sort.by("displayName", "username")).stream()
                .filter(account -> account.isActive() && account.getRole() != null && account.getRole().isInternal())
                .map(account -> new StaffMember(account.getUsername(),
                        account.getDisplayName() == null ? account.getUsername() : account.getDisplayName()))
                .toList();
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
        var previousRole = stored.getRole();
        stored.setDisplayName(changed.getDisplayName());
        stored.setEmail(changed.getEmail());
        stored.setRole(changed.getRole());
        stored.setOrganisationId(changed.getOrganisationId());
        if (previousRole != changed.getRole()) {
            stored.raiseSecurityVersion();
        }
        var saved = save(stored, changed.getVersion());
        if (previousRole != saved.getRole()) {
            events.publishEvent(new AccountRoleChanged(saved.getUsername(), previousRole, saved.getRole()));
        }
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account resetPassword(String accountId, String newPassword) {
        PasswordPolicy.problem(newPassword).ifPresent(problem -> {
            throw new InvalidPasswordException(problem);
        });
        var account = load(accountId);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.raiseCredentialsVersion();
        var saved = save(account, account.getVersion());
        if (saved.getUsername().equals(currentUser.require().username())) {
            SessionStamp.rememberInCurrentSession(saved);
        }
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account setActive(String accountId, boolean active) {
        var account = load(accountId);
        if (!active && account.getUsername().equals(currentUser.require().username())) {
            throw new AccessDeniedException("admins do not lock themselves out");
        }
        var wasActive = account.isActive();
        account.setActive(active);
        if (!active) {
            account.raiseSecurityVersion();
        }
        var saved = save(account, account.getVersion());
        if (!active) {
            events.publishEvent(new AccountDeactivated(saved.getUsername()));
        } else if (!wasActive) {
            events.publishEvent(new AccountActivated(saved.getUsername()));
        }
        return saved;
    }

    /** The accounts of the working group that are locked after failed logins, with the end of each lock. */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Instant> lockedUntil() {
        return loginProtection.lockedUntil(findAll().stream().map(Account::getUsername).toList());
    }

    /** Lifts the lock after failed logins: the owner may log in again at once. */
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(String accountId) {
        var account = load(accountId);
        if (loginProtection.unlock(account.getUsername())) {
            events.publishEvent(new AccountUnlocked(account.getUsername()));
        }
    }

    /**
     * Creates or updates the account of a single sign-on login, before anyone is logged in: so
     * package-private, only the login itself calls it. The account is the one of the identity
     * (issuer and {@code sub}); an account without identity, created before single sign-on or by an
     * admin, is linked by its username on its first login. Name, e-mail, organisation and role
     * follow the identity provider on every login and token refresh; the status stays, so a portal
     * account an admin deactivated remains deactivated. New accounts get no local password.
     *
     * @throws ReusedUsernameException when the username belongs to the account of another identity:
     *     a Keycloak user deleted and made again under the same name must not inherit the old account
     */
    Account provision(OidcAccountMapping.Login login, String issuer, String subject, String workingGroupId) {
        for (int attempt = 1; ; attempt++) {
            try {
                var account = accounts.findByOidcIssuerAndOidcSubject(issuer, subject)
                        .or(() -> accounts.findByUsername(login.username()).map(named -> {
                            if (named.getOidcSubject() != null) {
                                throw new ReusedUsernameException(login.username());
                            }
                            return named;
                        }))
                        .orElseGet(() -> {
                            var created = new Account(login.username(), login.displayName(), login.role(), login.organisationId());
                            created.setWorkingGroupId(workingGroupId);
                            return created;
                        });
                if (!workingGroupId.equals(account.getWorkingGroupId())) {
                    throw new AccessDeniedException("account " + login.username() + " belongs to another working group");
                }
                var previousRole = account.getRole();
                account.linkOidcIdentity(issuer, subject);
                account.setDisplayName(login.displayName());
                account.setEmail(login.email());
                account.setOrganisationId(login.organisationId());
                account.setRole(login.role());
                var changedRole = account.getId() != null && previousRole != login.role();
                if (changedRole) {
                    account.raiseSecurityVersion();
                }
                var saved = accounts.save(account);
                if (changedRole) {
                    events.publishEvent(new AccountRoleChanged(saved.getUsername(), previousRole, saved.getRole()));
                }
                return saved;
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
