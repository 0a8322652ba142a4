package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.account.AccountActivated;
import de.arbeitsgruppe.portal.account.AccountDeactivated;
import de.arbeitsgruppe.portal.account.AccountLocked;
import de.arbeitsgruppe.portal.account.AccountRoleChanged;
import de.arbeitsgruppe.portal.account.AccountUnlocked;
import de.arbeitsgruppe.portal.account.CalendarFeedIssued;
import de.arbeitsgruppe.portal.account.CalendarFeedRevoked;
import de.arbeitsgruppe.portal.backup.BackupTaken;
import de.arbeitsgruppe.portal.backup.DatabaseRestored;
import de.arbeitsgruppe.portal.shared.AccessRefused;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalUser;
import java.util.Optional;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Security events into the trail, in local and oidc mode alike: Spring Security reports logins,
 * failed logins, logouts and refusals; the account module reports locks, roles and feed addresses.
 * Handled at once, on the thread of the request, so the entry exists when the answer leaves.
 */
@Component
class SecurityEventListener {

    static final String ACCOUNTS = "accounts";
    private static final int MAX_TYPED_NAME = 100;

    private final AuditRecorder recorder;
    private final CurrentUser currentUser;

    SecurityEventListener(AuditRecorder recorder, CurrentUser currentUser) {
        this.recorder = recorder;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        about(AuditKind.LOGIN, event.getAuthentication().getName(), null);
    }

    /** The name as typed (cut and cleaned: it is whatever a stranger sent), never the password. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var typed = Texts.trimToNull(String.valueOf(event.getAuthentication().getName()).replaceAll("\\p{Cntrl}", ""));
        var name = typed == null ? "" : typed.substring(0, Math.min(typed.length(), MAX_TYPED_NAME));
        about(AuditKind.LOGIN_FAILED, name, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        about(AuditKind.LOGOUT, event.getAuthentication().getName(), null);
    }

    /** A service method or an address refused to a logged-in user; anonymous visitors are sent to the login instead. */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        var anonymous = who == null || who instanceof AnonymousAuthenticationToken;
        String target;
        if (event.getObject() instanceof MethodInvocation invocation) {
            target = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        } else if (event.getObject() instanceof HttpServletRequest request && !anonymous) {
            target = request.getRequestURI();
        } else {
            return;
        }
        refused(anonymous ? null : who.getName(), target);
    }

    @EventListener
    void on(AccessRefused event) {
        refused(event.username(), event.target());
    }

    @EventListener
    void on(AccountDeactivated event) {
        concerning(AuditKind.ACCOUNT_DEACTIVATED, event.username(), null);
    }

    @EventListener
    void on(AccountActivated event) {
        concerning(AuditKind.ACCOUNT_ACTIVATED, event.username(), null);
    }

    @EventListener
    void on(AccountRoleChanged event) {
        concerning(AuditKind.ROLE_CHANGED, event.username(), event.from() + " → " + event.to());
    }

    /** Locked by the login protection, not by a person: the portal is the actor. */
    @EventListener
    void on(AccountLocked event) {
        concerning(AuditKind.ACCOUNT_LOCKED, AuditActor.SYSTEM, event.username(),
                event.until() == null ? null : de.arbeitsgruppe.portal.shared.Formats.dateTime(event.until()));
    }

    @EventListener
    void on(AccountUnlocked event) {
        concerning(AuditKind.ACCOUNT_UNLOCKED, event.username(), null);
    }

    @EventListener
    void on(CalendarFeedIssued event) {
        concerning(AuditKind.FEED_CREATED, event.username(), null);
    }

    @EventListener
    void on(CalendarFeedRevoked event) {
        concerning(AuditKind.FEED_REVOKED, event.username(), null);
    }

    /** A copy of every record and password hash left the portal: who took it, and when. */
    @EventListener
    void on(BackupTaken event) {
        recorder.security(AuditKind.BACKUP_TAKEN, recorder.currentActor(), null, null, null, null, event.fileName());
    }

    /** Written at start, by the portal, after the documents of the archive (which the trail does not list one by one). */
    @EventListener
    void on(DatabaseRestored event) {
        var manifest = event.manifest();
        recorder.security(AuditKind.DATABASE_RESTORED, AuditActor.SYSTEM, null, null, null, null, String.join(" · ", event.archive(),
                String.valueOf(manifest.totalDocuments()), Formats.dateTime(manifest.createdAt()), manifest.portalVersion()));
    }

    private void refused(String username, String target) {
        var user = username == null ? Optional.<PortalUser>empty() : account(username);
        var actor = username == null ? AuditActor.SYSTEM : user.map(AuditActor::of).orElse(AuditActor.named(username));
        recorder.security(AuditKind.ACCESS_REFUSED, actor, user.map(PortalUser::workingGroupId).orElse(null), null, null,
                null, target);
    }

    /**
     * Something the user did themselves (logging in or out, failing to), filed under their account's
     * working group. A name that belongs to no account stays with the entry as typed, in this
     * installation's own group, and is not made a record of its own (anyone can type any name).
     */
    private void about(AuditKind kind, String username, String detail) {
        var user = account(username);
        if (user.isEmpty()) {
            recorder.security(kind, AuditActor.named(username), null, null, null, null, detail);
            return;
        }
        recorder.security(kind, AuditActor.of(user.get()), user.get().workingGroupId(), ACCOUNTS, username, username, detail);
    }

    /** Something done to an account, by whoever is logged in (an admin) or the portal. */
    private void concerning(AuditKind kind, String username, String detail) {
        concerning(kind, recorder.currentActor(), username, detail);
    }

    private void concerning(AuditKind kind, AuditActor actor, String username, String detail) {
        recorder.security(kind, actor, account(username).map(PortalUser::workingGroupId).orElse(null), ACCOUNTS, username,
                username, detail);
    }

    private Optional<PortalUser> account(String username) {
        try {
            return currentUser.describe(username);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
