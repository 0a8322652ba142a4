package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the login page offers besides the form, and that a failed login keeps the typed name. */
class LoginPageE2E extends BrowserTest {

    @Test
    void keepsTheUserNameAfterAFailedLoginSoThatOnlyThePasswordIsTypedAgain() {
        open("login");
        page.getByLabel("Benutzername").fill("anna.koordination");
        password().fill("falsches-Passwort");
        submit().click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        waitForVaadin();
        assertThat(page.getByLabel("Benutzername")).hasValue("anna.koordination");
        assertThat(password()).hasValue("");
        assertThat(page.url()).doesNotContain("anna");
        assertMeetsWcag22AA();

        password().fill(PASSWORD);
        submit().click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void namesTheOfficeThePublicEventsAndTheDemoAccountsAndFitsAPhone() {
        page.setViewportSize(390, 844);
        open("login");

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("koordination@landkreis-musterstadt.example"))).hasAttribute("href",
                        "mailto:koordination@landkreis-musterstadt.example");
        page.getByText("Demo-Zugänge").scrollIntoViewIfNeeded();
        assertThat(page.getByText("erik.admin")).isVisible();
        var heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        var box = heading.boundingBox();
        assertThat(box.x).as("portal name starts inside the screen").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("portal name ends inside the screen").isLessThanOrEqualTo(390);
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                .as("no horizontal scrolling").isLessThanOrEqualTo(390);
        assertMeetsWcag22AA();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öffentliche Veranstaltungen ansehen")).click();
        assertThat(page).hasURL(Pattern.compile(".*/veranstaltungen$"));
    }

    private com.microsoft.playwright.Locator password() {
        return page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true));
    }

    private com.microsoft.playwright.Locator submit() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"));
    }
}
