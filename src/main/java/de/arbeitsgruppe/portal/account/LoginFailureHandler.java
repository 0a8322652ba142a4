package de.arbeitsgruppe.portal.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed local login goes back to {@code /login?error} as before, and the name the user typed waits
 * in the session, so the login page shows it again and only the password is typed anew. The name
 * never goes into the address (it would end up in logs and the browser history); the password is
 * never kept.
 */
public final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    /** Session attribute with the user name of the last failed login, read by the login page. */
    public static final String USERNAME_ATTRIBUTE = LoginFailureHandler.class.getName() + ".username";
    /** Longer is no user name of the portal: not worth keeping. */
    static final int MAX_LENGTH = 100;

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        var username = request.getParameter("username");
        if (username != null && !username.isBlank() && username.length() <= MAX_LENGTH) {
            request.getSession().setAttribute(USERNAME_ATTRIBUTE, username.strip());
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
