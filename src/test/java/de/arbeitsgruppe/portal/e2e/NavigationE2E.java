package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NavigationE2E extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("de.arbeitsgruppe.portal.e2e.DemoAccountsInBrowser#withTheirNavigation")
    void showsEachAccountExactlyItsAreasAndWhoIsLoggedIn(String username, String name, String organisation,
            List<String> areas) {
        login(username);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Übersicht");
        var items = page.locator("vaadin-side-nav-item");
        assertThat(items).hasCount(areas.size());
        assertThat(items.allInnerTexts().stream().map(String::strip).toList()).containsExactlyElementsOf(areas);
        assertThat(page.locator(".portal-user-name")).hasText(name);
        assertThat(page.locator(".portal-user-organisation")).hasText(organisation);
        // the start page is the dashboard: its cards are regions named by their headings
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Meine Aufgaben"))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Meine nächsten Termine")))
                .isVisible();
    }

    @Test
    void onAPhoneTheStartPageShowsItsCardsOneBelowTheOtherAndAtADeskSideBySide() {
        page.setViewportSize(Screen.PHONE.width, Screen.PHONE.height);
        login("anna.koordination");
        var cards = page.locator("section.portal-card");
        assertThat(cards.first()).isVisible();
        var first = cards.nth(0).boundingBox();
        var second = cards.nth(1).boundingBox();
        assertThat(second.x).isEqualTo(first.x);
        assertThat(second.y).isGreaterThan(first.y);

        page.setViewportSize(Screen.DESK.width, Screen.DESK.height);
        page.waitForFunction("() => { const c = document.querySelectorAll('section.portal-card');"
                + " return c.length > 1 && c[1].getBoundingClientRect().left > c[0].getBoundingClientRect().left; }");
        assertThat(cards.nth(1).boundingBox().y).isEqualTo(cards.nth(0).boundingBox().y);
    }

    @Test
    void onAPhoneTheNextPageStartsAtItsTopAfterALinkAtTheBottomOfTheLast() {
        page.setViewportSize(Screen.PHONE.width, Screen.PHONE.height);
        login("anna.koordination");
        open("termine/m-ag-sitzung-5");
        page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        assertThat(((Number) page.evaluate("() => window.scrollY")).intValue()).isPositive();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zu allen Terminen")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Termine");
        waitForVaadin();
        page.waitForFunction("() => window.scrollY === 0");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isInViewport();
    }

    @Test
    void loggingOutEndsOnTheLoginPageAndLocksProtectedPages() {
        login("clara.jobcenter");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByText("Sie wurden abgemeldet.")).isVisible();

        open("organisationen");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.getByLabel("Benutzername")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(0);
        assertThat(page.getByText("Clara Jobcenter")).hasCount(0);
    }

    @Test
    void aMistypedAddressShowsThePortalsNotFoundPage() {
        login("bernd.agentur");

        open("organisationn");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nicht gefunden");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Übersicht"))).isVisible();
        assertThat(page.locator(".portal-user-name")).hasText("Bernd Agentur");
    }
}
