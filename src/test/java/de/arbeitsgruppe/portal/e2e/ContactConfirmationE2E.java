package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A person confirms their entry only after reading it; the office reminds people, at most once in 14 days. */
class ContactConfirmationE2E extends BrowserTest {

    private static final String BERND = "c-agentur-schmidt";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ContactDirectory directory;

    @Test
    void aMemberReadsTheirEntryThenConfirmsIt() {
        lastConfirmedAYearAgo(BERND);
        login("bernd.agentur");
        open("ansprechpartner");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meinen Eintrag bestätigen")).click();

        assertThat(page).hasURL(Pattern.compile(".*/ansprechpartner/bestaetigen$"));
        assertThat(heading()).hasText("Eigenen Eintrag prüfen");
        assertThat(detail("Funktion")).hasText("Teamleitung Integration Geflüchteter");
        assertThat(detail("Zuletzt bestätigt")).hasText(Formats.date(Formats.today().minusYears(1)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändern").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/ansprechpartner/" + BERND + "/bearbeiten$"));
        page.goBack();
        assertThat(heading()).hasText("Eigenen Eintrag prüfen");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alles korrekt – bestätigen")).click();

        assertThat(page).hasURL(Pattern.compile(".*/ansprechpartner/" + BERND + "$"));
        assertThat(page.getByText("Danke! Ihr Eintrag ist bestätigt")).isVisible();
        assertThat(detail("Zuletzt bestätigt")).hasText(Formats.date(Formats.today()));
        assertThat(mongo.findById(BERND, Contact.class).getLastConfirmed()).isEqualTo(Formats.today());
    }

    @Test
    void theOfficeSendsAReminderThatArrivesAndASecondIsRefused() {
        var name = "Rita Erinnerung " + UUID.randomUUID().toString().substring(0, 8);
        var email = name.toLowerCase().replace(' ', '.') + "@example.org";
        var id = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var contact = new Contact(ContactKind.PERSON, name, "org-agentur-musterstadt");
            contact.setEmail(email);
            contact.setAccountUsername("rita-" + UUID.randomUUID());
            return directory.create(contact).getId();
        });
        lastConfirmedAYearAgo(id);
        // a second coordinator opened the list before the first reminder went out
        var other = newPage();
        login(other, "erik.admin");
        waitForVaadin(other);
        open(other, "ansprechpartner-pruefen");
        login("anna.koordination");
        open("ansprechpartner-pruefen");

        reminderButton(page, id).click();

        assertThat(page.getByText("Erinnerung an " + name + " gesendet.")).isVisible();
        var mails = mailsAbout(name, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().to()).containsExactly(email);
        assertThat(mails.getFirst().text()).contains(url("ansprechpartner/bestaetigen"));
        var today = Formats.date(Formats.today());
        var next = Formats.date(Formats.today().plusDays(14));
        assertThat(page.locator("#reminder-status-" + id))
                .hasText("Erinnert am " + today + "; die nächste Erinnerung ist ab " + next + " möglich.");
        assertThat(reminderButton(page, id)).isDisabled();

        reminderButton(other, id).click();

        assertThat(other.getByText("Keine Erinnerung gesendet: " + name + " wurde am " + today
                + " erinnert. Eine weitere Erinnerung ist erst ab " + next + " möglich (höchstens eine in 14 Tagen)."))
                .isVisible();
        assertThat(reminderButton(other, id)).isDisabled();
        assertThat(mailsAbout(name, 2)).hasSize(1);
    }

    private void lastConfirmedAYearAgo(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("lastConfirmed", Formats.today().minusYears(1)), Contact.class);
    }

    private static Locator reminderButton(Page on, String id) {
        return on.locator("xpath=//span[@id='reminder-status-" + id + "']/ancestor::div[2]//vaadin-button");
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator detail(String term) {
        return page.locator("xpath=//dt[normalize-space()='" + term + "']/following-sibling::dd[1]");
    }
}
