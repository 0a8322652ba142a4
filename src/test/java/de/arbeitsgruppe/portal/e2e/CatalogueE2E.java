package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import de.arbeitsgruppe.portal.offer.CatalogueSeed;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An anonymous visitor on a phone (375 × 812) finds a course in the public catalogue by its kind and
 * by a word, opens it, reads it in Arabic and back in German, and prints the list; every page fits
 * the screen, has touch targets of at least 24 px and passes axe-core in German and in Arabic.
 */
class CatalogueE2E extends BrowserTest {

    private static final String TITLE = "Sprachcafé im Stadtpark";
    private static final String TOUCH_TARGETS_TOO_SMALL = """
            () => [...document.querySelectorAll('a[href], button, input, select, summary')]
                .filter(element => element.offsetParent !== null && getComputedStyle(element).visibility !== 'hidden')
                .map(element => [element, element.getBoundingClientRect()])
                .filter(([element, box]) => box.width < 24 || box.height < 24)
                .map(([element, box]) => `${element.outerHTML.slice(0, 80)}: ${Math.round(box.width)}×${Math.round(box.height)}`)
            """;

    @Autowired
    OfferManagement offers;
    @Autowired
    Districts districts;
    @Autowired
    OfferCatalogue catalogue;

    private CatalogueSeed seed;

    @BeforeEach
    void publishACourse() {
        seed = new CatalogueSeed(offers, districts, catalogue);
        var park = seed.district("Katalogtest-Stadtpark");
        var details = seed.details(OfferKind.SPRACHCAFE_EHRENAMT, TITLE, park);
        details.setRegistration("Kommen Sie einfach vorbei.");
        details.setContactPhone("05151 98765");
        details.setFreeOfCharge(true);
        seed.published(details, 4);
        seed.published(seed.details(OfferKind.BERATUNG, "Beratung im Stadtpark", park), 2);
        page.setViewportSize(375, 812);
    }

    @Test
    void aVisitorOnAPhoneFindsACourseOpensItReadsItInArabicAndPrintsTheList() {
        page.navigate(url("katalog"));
        checkPage("list");

        page.getByText("Weitere Filter").click();
        page.getByLabel("Sprachcafé / ehrenamtlicher Kurs").check();
        page.getByLabel("Suchwörter").fill(seed.word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angebote anzeigen")).click();

        assertThat(page).hasURL(Pattern.compile(".*/katalog\\?(?=.*art=sprachcafe_ehrenamt)(?=.*suche=" + seed.word + ").*"));
        assertThat(page.locator("h2#anzahl")).hasText("1 Angebot");
        checkPage("filtered list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("So melden Sie sich an"))).isVisible();
        checkPage("detail");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العربية")).click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("كيف تسجّل"))).isVisible();
        assertThat(page.locator("h1")).hasText(TITLE);
        checkPage("detail in Arabic");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")).click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("html")).hasAttribute("lang", "de");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zur Liste")).click();
        assertThat(page).hasURL(Pattern.compile(".*suche=" + seed.word + ".*"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Druckansicht")).click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("table")).containsText(TITLE);
        checkPage("print view");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        var pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).as("a printed page with the list").isGreaterThan(5_000);
    }

    @Test
    void everyPageOfTheCataloguePassesAxeCoreInGermanAndInArabic() {
        var detail = catalogue.page(de.arbeitsgruppe.portal.offer.OfferFilterAddress.parse(
                java.util.Map.of("suche", List.of(TITLE + " " + seed.word)))).offers().getFirst().getId();
        for (var language : List.of("", "sprache=ar")) {
            for (var path : List.of("katalog?", "katalog/" + detail + "?", "katalog/druck?suche=" + seed.word + "&",
                    "katalog/leichte-sprache?", "katalog/gibt-es-nicht?")) {
                page.navigate(url(path + language));
                assertThat(page.locator("html")).hasAttribute("dir", language.isEmpty() ? "ltr" : "rtl");
                checkPage(path + language);
            }
        }
    }

    /** No sideways scrolling at 375 px, touch targets of 24 px and more, and no axe-core violation. */
    private void checkPage(String what) {
        assertThat((Integer) page.evaluate("() => document.scrollingElement.scrollWidth")).as("width of " + what)
                .isLessThanOrEqualTo(375);
        @SuppressWarnings("unchecked")
        var small = (List<String>) page.evaluate(TOUCH_TARGETS_TOO_SMALL);
        assertThat(small).as("touch targets under 24 px on " + what).isEmpty();
        var results = Axe.check(page);
        assertThat(results.passes()).as("rules axe-core passed on " + what).isPositive();
        assertThat(results.violations()).withFailMessage(() -> results.report(page.url())).isEmpty();
    }
}
