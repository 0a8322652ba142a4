package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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

class DeactivationE2E extends BrowserTest {

    @Autowired
    AccountManagement accounts;

    private String username;

    @BeforeEach
    void createAccountOfItsOwn() {
        username = "e2e." + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "erik.admin", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            var account = new Account(username, "Erika Ende", Role.MEMBER, "org-jobcenter-musterstadt");
            accounts.create(account, PASSWORD);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aDeactivatedUserLosesTheSessionAtOnceAndCannotLogInAgain() {
        var user = newPage();
        login(user, username);
        assertThat(user.locator(".portal-user-name")).hasText("Erika Ende");

        login("erik.admin");
        open("admin/konten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto " + username + " deaktivieren"))
                .click();
        assertThat(page.getByText("Das Konto " + username + " ist deaktiviert; offene Sitzungen enden."))
                .isVisible();

        user.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions()
                .setHasText("Organisationen")).click();

        assertThat(user).hasURL(Pattern.compile(".*/login$"));
        assertThat(user.getByLabel("Benutzername")).isVisible();
        assertThat(user.getByText("Erika Ende")).hasCount(0);

        login(user, username);

        assertThat(user).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(user.getByText("Anmeldung fehlgeschlagen")).isVisible();
        open(user, "organisationen");
        assertThat(user).hasURL(Pattern.compile(".*/login$"));
    }
}
