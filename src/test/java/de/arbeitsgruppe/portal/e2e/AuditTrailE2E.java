package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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

/** A change shows in the record's "Verlauf" and in the admin's trail, with old and new value, name and time. */
class AuditTrailE2E extends BrowserTest {

    private static final String CONTACT = "c-kommune-mueller";
    private static final String NEW_PHONE = "+49 5121 999 77";

    @Autowired
    MongoTemplate mongo;

    private Contact before;

    @BeforeEach
    void rememberEntry() {
        before = mongo.findById(CONTACT, Contact.class);
    }

    @AfterEach
    void restoreEntry() {
        mongo.updateFirst(query(where("_id").is(CONTACT)), new Update().set("phone", before.getPhone()).inc("version", 1),
                Contact.class);
    }

    @Test
    void aCoordinatorSeesAPhoneChangeInTheVerlaufAndAnAdminFindsItByPerson() {
        login("anna.koordination");
        open("ansprechpartner/" + CONTACT + "/bearbeiten");
        page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PHONE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/ansprechpartner/" + CONTACT + "$"));

        page.getByText("Verlauf", new Page.GetByTextOptions().setExact(true)).click();
        var history = page.locator(".portal-history");
        var change = "Telefon: " + before.getPhone() + " → " + NEW_PHONE;
        assertThat(history.getByText(change)).isVisible();
        assertThat(history.locator(".portal-history-head").first()).containsText(Formats.date(Formats.today()));
        assertThat(history.locator(".portal-history-head").first()).containsText("(anna.koordination)");
        assertThat(history.locator(".portal-history-head").first()).containsText("geändert");

        var admin = newPage();
        login(admin, "erik.admin");
        open(admin, "admin/verlauf");
        var person = admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person"));
        person.fill("anna.koordination");
        admin.getByRole(AriaRole.OPTION).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("anna.koordination"))
                .first().click();
        waitForVaadin(admin);
        var firstRow = admin.locator(".portal-table td").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(change));
        assertThat(firstRow.first()).isVisible();
        assertThat(admin.locator(".portal-table td").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("erik.admin"))).hasCount(0);
    }
}
