package de.arbeitsgruppe.portal.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The local login with {@link LoginProtection} around it: a locked account or address is refused
 * before the password is checked (so the right password does not help while locked), every other
 * refusal counts as a failure, and a success forgets the failures. All refusals end on the same
 * login page message, so nobody learns whether a name exists or is locked.
 */
class ProtectedLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginProtection protection;

    ProtectedLogin(AuthenticationProvider passwords, LoginProtection protection) {
        this.passwords = passwords;
        this.protection = protection;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        var address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var admission = protection.admit(login.getName(), address);
        if (!admission.admitted()) {
            // the password is checked all the same (and its result ignored): a refusal without the
            // hash comparison would answer faster and tell that the name is an existing, locked account
            try {
                passwords.authenticate(login);
            } catch (AuthenticationException ignored) {
                // refused anyway
            }
            throw new LockedException("temporarily locked");
        }
        try {
            var authenticated = passwords.authenticate(login);
            protection.succeeded(login.getName());
            return authenticated;
        } catch (AuthenticationException e) {
            protection.failed(admission, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
