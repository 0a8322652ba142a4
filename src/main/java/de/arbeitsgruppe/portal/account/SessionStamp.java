package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The account's security versions as they were when the session logged in, kept in the session.
 * {@link ActiveAccountFilter} compares them with the stored account on every request.
 */
record SessionStamp(long security, long credentials) implements Serializable {

    static final String ATTRIBUTE = SessionStamp.class.getName();

    static SessionStamp of(Account account) {
        return new SessionStamp(account.getSecurityVersion(), account.getCredentialsVersion());
    }

    static SessionStamp in(HttpSession session) {
        return session == null ? null : (SessionStamp) session.getAttribute(ATTRIBUTE);
    }

    void rememberIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /**
     * Brings the session of the request being served up to date: an admin who resets their own
     * password keeps the session they did it in, while their other sessions end.
     */
    static void rememberInCurrentSession(Account account) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, of(account), RequestAttributes.SCOPE_SESSION);
        }
    }

    /** Stamps the session at login, in both login modes (Spring Security runs it before the session id changes; the id is changed in place, so the stamp stays). */
    static SessionAuthenticationStrategy atLogin(Accounts accounts) {
        return (Authentication authentication, HttpServletRequest request, HttpServletResponse response) ->
                accounts.findByUsername(authentication.getName())
                        .ifPresent(account -> of(account).rememberIn(request.getSession()));
    }
}
