package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff say "Bürgergeld"; the entries say "SGB II": the search finds them through the office's synonym list. */
class SynonymSearchE2E extends BrowserTest {

    @Autowired
    ContactDirectory directory;

    @Test
    void aMemberFindsTheSgbIiContactsByBuergergeld() {
        var total = SignedIn.as(SignedIn.MEMBER, Role.MEMBER,
                () -> directory.firstPage(new ContactQuery("Bürgergeld", null, null, null), 50).total());
        assertThat(total).isGreaterThanOrEqualTo(2);
        login("bernd.agentur");
        open("ansprechpartner");

        page.getByLabel("Suche nach Name, Funktion, Organisation oder Thema").fill("Bürgergeld");

        assertThat(page.getByRole(AriaRole.STATUS)).hasText(total + " Einträge");
        waitForVaadin();
        var shown = page.locator(".portal-table a[href^='ansprechpartner/']:visible").allInnerTexts().stream()
                .map(String::strip).toList();
        assertThat(shown).contains("Clara Jobcenter", "Aylin Yılmaz").doesNotContain("Julia Weber");
    }
}
