package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Guessing passwords in the browser: the account of its own that this test makes is locked after
 * five wrong passwords (so the demo accounts of the other browser tests stay usable), and the login
 * page says the same for every refusal.
 */
class LoginProtectionE2E extends BrowserTest {

    private static final String MESSAGE = "Benutzername oder Passwort ist falsch, oder das Konto ist nach mehreren "
            + "Fehlversuchen vorübergehend gesperrt.";

    @Autowired
    AccountManagement accounts;

    private String username;

    @BeforeEach
    void createAccountOfItsOwn() {
        username = "e2e.schutz." + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "erik.admin", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            accounts.create(new Account(username, "Greta Gesperrt", Role.MEMBER, "org-jobcenter-musterstadt"), PASSWORD);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminLiftsTheLock() {
        var user = newPage();
        for (int i = 0; i < 5; i++) {
            send(user, username, "Falsches-Passwort-" + i);
            assertThat(user).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(user.getByText(MESSAGE, new Page.GetByTextOptions().setExact(false))).isVisible();
        }
        send(user, "niemand." + UUID.randomUUID().toString().substring(0, 8), "Falsches-Passwort-9");
        assertThat(user).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(user.getByText(MESSAGE, new Page.GetByTextOptions().setExact(false))).isVisible();

        send(user, username, PASSWORD);
        assertThat(user).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(user.getByText(MESSAGE, new Page.GetByTextOptions().setExact(false))).isVisible();

        login("erik.admin");
        open("admin/konten");
        assertThat(page.getByText(Pattern.compile("aktiv, gesperrt bis \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d")))
                .isVisible();
        // the lock's own button shows up only here: screen readers and voice control hear what it shows
        assertMeetsWcag22AA();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sperre aufheben für " + username))
                .click();
        assertThat(page.getByText("Die Sperre von " + username + " ist aufgehoben")).isVisible();

        send(user, username, PASSWORD);
        assertThat(user).not().hasURL(Pattern.compile(".*/login.*"));
        assertThat(user.locator(".portal-user-name")).hasText("Greta Gesperrt");
    }

    @Test
    void theSessionCookieChangesAtLogin() {
        open("login");
        var before = sessionCookie();

        login(username);

        assertThat(before).isNotNull();
        assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    private String sessionCookie() {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse(null);
    }

    private void send(Page target, String name, String password) {
        open(target, "login");
        target.getByLabel("Benutzername").fill(name);
        target.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        target.waitForLoadState();
        waitForVaadin(target);
    }
}
