package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.CalendarTokens;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Adresse kopieren" on /kalender/abo puts the feed address into the real clipboard and says so. */
class CalendarSubscriptionE2E extends BrowserTest {

    private static final String USER = "dora.caritas";

    @Autowired
    CalendarTokens tokens;

    @Test
    void copiesTheNewFeedAddressIntoTheClipboardAndConfirmsItNextToTheButton() {
        SignedIn.as(USER, Role.PARTNER, tokens::revoke);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        login(USER);
        open("kalender/abo");

        button("Abo-Adresse erstellen").click();
        var address = page.getByLabel("Ihre Abo-Adresse");
        assertThat(address).hasValue(java.util.regex.Pattern.compile(".*/ical/abo/[A-Za-z0-9_-]{43}\\.ics"));
        button("Adresse kopieren").click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Zwischenablage"))).hasText("Die Adresse ist in der Zwischenablage.");
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(address.inputValue());
        assertMeetsWcag22AA();
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
