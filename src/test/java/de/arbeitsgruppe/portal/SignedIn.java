package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.shared.Role;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs test code as a user, as the anonymous visitor of a web request, or with nobody logged in at
 * all (a background thread), and restores the previous login afterwards. {@code CurrentUser} reads
 * the account by name from the database, so the user must exist there (demo or created by the test).
 */
public final class SignedIn {

    public static final String ADMIN = "erik.admin";
    public static final String COORDINATOR = "anna.koordination";
    public static final String MEMBER = "bernd.agentur";
    public static final String PARTNER = "dora.caritas";

    private SignedIn() {
    }

    public static <T> T as(String username, Role role, Supplier<T> action) {
        return with(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(role.authority())), action);
    }

    public static void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T asAnonymousVisitor(Supplier<T> action) {
        return with(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), action);
    }

    public static <T> T withNobody(Supplier<T> action) {
        return with(null, action);
    }

    private static <T> T with(Authentication authentication, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
