package de.arbeitsgruppe.portal.shared;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is logged in. Implemented by the account module, so that other modules and the layout can ask
 * without depending on it.
 */
public interface CurrentUser {

    Optional<PortalUser> find();

    default PortalUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    /**
     * An account as the feature modules see a user, whether logged in or not: the audit trail
     * names who logged in, out or failed, at a moment when nobody is logged in yet.
     */
    Optional<PortalUser> describe(String username);

    /** The same, but only while the account may log in: work done in someone's name stops when they leave. */
    Optional<PortalUser> describeActive(String username);

    /** Remembers the user's language choice for their next sessions. */
    void changeLocale(Locale locale);
}
