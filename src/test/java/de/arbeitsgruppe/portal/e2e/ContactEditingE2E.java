package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

class ContactEditingE2E extends BrowserTest {

    private static final String MAILBOX = "c-kommune-postfach";

    @Autowired
    MongoTemplate mongo;

    private Contact before;

    @BeforeEach
    void rememberEntry() {
        before = mongo.findById(MAILBOX, Contact.class);
    }

    @AfterEach
    void restoreEntry() {
        mongo.updateFirst(query(where("_id").is(MAILBOX)), new Update()
                .set("email", before.getEmail())
                .set("lastConfirmed", before.getLastConfirmed())
                .inc("version", 1), Contact.class);
    }

    @Test
    void aCoordinatorSavesAMailboxThatHasNoPhoneNumber() {
        assertThat(before.getPhone()).isNull();
        login("anna.koordination");
        open("ansprechpartner/" + MAILBOX + "/bearbeiten");

        page.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true))
                .fill("integration-neu@landkreis-musterstadt.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*/ansprechpartner/" + MAILBOX + "$"));
        assertThat(page.getByText("Gespeichert.")).isVisible();
        assertThat(detail("E-Mail")).hasText("integration-neu@landkreis-musterstadt.example");
        assertThat(detail("Zuletzt bestätigt")).hasText(Formats.date(Formats.today()));
        assertThat(page.locator("xpath=//dt[normalize-space()='Telefon']")).hasCount(0);
    }

    private com.microsoft.playwright.Locator detail(String term) {
        return page.locator("xpath=//dt[normalize-space()='" + term + "']/following-sibling::dd[1]");
    }
}
