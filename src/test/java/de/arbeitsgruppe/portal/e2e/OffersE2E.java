package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Offers end to end in Chromium, as the issue tells it: Dora of the Caritas submits a course through
 * the form; the coordinator returns it with a reason, which reaches Dora by mail and on her offer;
 * she fixes it and submits it again; the coordinator publishes it; an anonymous visitor on a phone
 * (375 × 812) finds it in the public catalogue by its kind and by a word of its title, reads it in
 * Arabic and back in German and prints the list; Dora changes the free places in one step and the
 * catalogue shows the new figure. The offer's pages and dialogs pass axe-core on the way, and the
 * list and the form fit a phone.
 */
class OffersE2E extends BrowserTest {

    private static final String KIND = "Erstorientierungskurs";
    private static final String REASON = "Bitte nennen Sie die Tage und Zeiten des Kurses.";

    @Test
    void aCourseGoesFromThePartnerThroughReviewIntoThePublicCatalogueAndKeepsItsFreePlacesCurrent() {
        var word = "Kurs" + UUID.randomUUID().toString().substring(0, 6);
        var title = "Ankommen in Musterstadt " + word;

        // 1. Dora's list and the empty form fit a phone; she submits the course at her desk
        login("dora.caritas");
        page.setViewportSize(375, 812);
        open("angebote");
        assertFitsTheScreen();
        open("angebote/neu");
        assertThat(heading(page)).hasText("Neues Angebot");
        assertFitsTheScreen();
        page.setViewportSize(1280, 900);
        open("angebote/neu");
        var offerPath = submitCourse(title);
        assertThat(page.getByText("Wartet auf Prüfung").first()).isVisible();

        // 2. the coordinator finds it in the review queue and returns it with a reason
        var anna = newPage();
        login(anna, "anna.koordination");
        open(anna, "angebote/pruefung");
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        waitForVaadin(anna);
        assertThat(heading(anna)).hasText(title);
        button(anna, "Zurückgeben").click();
        var returnDialog = anna.getByRole(AriaRole.DIALOG);
        returnDialog.getByLabel("Grund für den Träger").fill(REASON);
        checkOpenDialog(anna);
        returnDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zurückgeben").setExact(true)).click();
        assertThat(anna.getByText("Zurückgegeben: Der Träger sieht den Grund.")).isVisible();

        // 3. Dora gets the reason by mail and reads it in her list and on the offer
        var mails = mailsAbout("Angebot zurückgegeben: " + title, 1);
        assertThat(mails).flatMap(ReceivedMail::to).contains("dora.caritas@musterstadt.example");
        assertThat(mails.getFirst().text()).contains(REASON);
        open("angebote");
        var row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).containsText("Zurückgegeben");
        assertThat(row).containsText("Grund: " + REASON);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        waitForVaadin();
        var returned = page.locator(".portal-offer-returned");
        assertThat(returned).containsText("Zurückgegeben am ");
        assertThat(returned).containsText(": " + REASON);
        assertMeetsWcag22AA();

        // 4. she adds the days and times and submits again
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten").setExact(true)).click();
        waitForVaadin();
        assertThat(heading(page)).hasText("Angebot bearbeiten: " + title);
        page.getByLabel("Tage und Zeiten").fill("Di und Do 9:00–12:00 Uhr");
        button(page, "Zur Prüfung einreichen").click();
        assertThat(page.getByText("Zur Prüfung eingereicht.")).isVisible();
        assertThat(page.getByText("Wartet auf Prüfung").first()).isVisible();
        assertThat(page.locator(".portal-offer-returned")).isHidden();

        // 5. the coordinator publishes it
        open(anna, "angebote/pruefung");
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        waitForVaadin(anna);
        assertThat(anna.getByText("Di und Do 9:00–12:00 Uhr")).isVisible();
        button(anna, "Veröffentlichen").click();
        assertThat(anna.getByText("Veröffentlicht: Das Angebot steht im Katalog.")).isVisible();

        // 6. a visitor on a phone finds it by its kind and by a word, reads it in Arabic and prints the list
        var visitor = newPage();
        visitor.setViewportSize(375, 812);
        visitor.navigate(url("katalog"));
        visitor.getByText("Weitere Filter").click();
        visitor.getByLabel(KIND, new Page.GetByLabelOptions().setExact(true)).check();
        showOffers(visitor);
        assertThat(visitor).hasURL(Pattern.compile(".*/katalog\\?.*art=erstorientierungskurs.*"));
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Filter zurücksetzen")).click();
        visitor.getByLabel("Suchwörter").fill(word.toLowerCase());
        showOffers(visitor);
        assertThat(visitor.locator("h2#anzahl")).hasText("1 Angebot");
        assertThat(pageWidth(visitor)).as("width of the list on a phone").isLessThanOrEqualTo(375);

        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(visitor.locator("h1")).hasText(title);
        assertThat(freePlacesInCatalogue(visitor)).hasText("5");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العربية")).click();
        assertThat(visitor.locator("html")).hasAttribute("dir", "rtl");
        assertThat(visitor.locator("html")).hasAttribute("lang", "ar");
        assertThat(visitor.locator("h1")).hasText(title);
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")).click();
        assertThat(visitor.locator("html")).hasAttribute("dir", "ltr");
        assertThat(visitor.locator("html")).hasAttribute("lang", "de");
        var catalogueDetail = visitor.url();

        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zur Liste")).click();
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Druckansicht")).click();
        assertThat(visitor.locator("tbody tr")).hasCount(1);
        assertThat(visitor.locator("table")).containsText(title);

        // 7. Dora sets the free places in one step (and confirms the rest); the catalogue shows the new figure
        open(offerPath);
        assertThat(page.getByText("Veröffentlicht").first()).isVisible();
        button(page, "Freie Plätze ändern").click();
        var placesDialog = page.getByRole(AriaRole.DIALOG);
        var places = placesDialog.getByLabel("Freie Plätze", new Locator.GetByLabelOptions().setExact(true));
        places.fill("3");
        checkOpenDialog(page);
        placesDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Speichern").setExact(true)).click();
        assertThat(page.getByText("Freie Plätze gespeichert: 3.")).isVisible();
        button(page, "Angaben bestätigen").click();
        assertThat(page.getByText(Pattern.compile("^Angaben bestätigt"))).isVisible();

        visitor.navigate(catalogueDetail);
        assertThat(freePlacesInCatalogue(visitor)).hasText("3");
    }

    /** Fills the form like a user and submits it; returns the address of the new offer's page. */
    private String submitCourse(String title) {
        choose("Art des Angebots", KIND);
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Beschreibung", new Page.GetByLabelOptions().setExact(true))
                .fill("Erste Orientierung in Musterstadt: Behörden, Einkaufen, Ärzte.\nMit Kinderbetreuung im Haus.");
        choose("Niveau von", "A1");
        choose("Niveau bis", "A2");
        var start = Formats.today().plusDays(21);
        var end = Formats.today().plusDays(120);
        enterDate("Beginn", start);
        enterDate("Ende", end);
        var district = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Ortsteil"));
        district.click();
        district.pressSequentially("Musterstadt-N");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Musterstadt-Nord").setExact(true)).click();
        page.getByLabel("Plätze insgesamt").fill("12");
        page.getByLabel("Freie Plätze", new Page.GetByLabelOptions().setExact(true)).fill("5");
        page.getByLabel("Mit Kinderbetreuung").check();
        page.getByLabel("So melden sich Interessierte an").fill("Anruf oder Besuch in der Sprechstunde genügt.");
        assertMeetsWcag22AA();
        button(page, "Zur Prüfung einreichen").click();
        assertThat(page.getByText("Zur Prüfung eingereicht.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/angebote/[^/]+$"));
        waitForVaadin();
        assertThat(heading(page)).hasText(title);
        assertThat(page.getByText(Formats.date(start) + " – " + Formats.date(end))).isVisible();
        return page.url().replaceFirst("^.*/(angebote/[^/?#]+).*$", "$1");
    }

    /** Opens a select by its label and picks the item. */
    private void choose(String label, String item) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions()
                .setHas(page.locator("label").getByText(label, new Locator.GetByTextOptions().setExact(true)))).click();
        var option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true));
        option.click();
        // The list closes with an animation; until it is gone, the next select's items of the same name would be a second match.
        assertThat(option).isHidden();
        waitForVaadin();
    }

    private void enterDate(String label, LocalDate date) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(Formats.date(date));
        field.press("Enter");
        assertThat(field).hasValue(Formats.date(date));
        waitForVaadin();
    }

    /** The open dialog, once it has finished opening, passes axe-core (checked on {@link #page}, so that page is swapped in). */
    private void checkOpenDialog(Page target) {
        target.waitForFunction("() => !document.querySelector('[opening]')");
        var previous = page;
        page = target;
        try {
            assertMeetsWcag22AA();
        } finally {
            page = previous;
        }
    }

    private static void showOffers(Page visitor) {
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angebote anzeigen")).click();
        visitor.waitForLoadState();
    }

    private static Locator freePlacesInCatalogue(Page visitor) {
        return visitor.locator("dl.facts > div").filter(new Locator.FilterOptions().setHasText("Freie Plätze")).locator("dd");
    }

    private static int pageWidth(Page target) {
        return (Integer) target.evaluate("() => document.scrollingElement.scrollWidth");
    }

    private static Locator heading(Page target) {
        return target.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator button(Page target, String name) {
        return target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
