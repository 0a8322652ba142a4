package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.organisation.Organisation;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

class PartnerE2E extends BrowserTest {

    private static final String OWN = "org-caritas-musterstadt";
    private static final String OTHER = "org-diakonie-musterstadt";

    @Autowired
    MongoTemplate mongo;

    private Organisation ownBefore;

    @BeforeEach
    void loginAsPartner() {
        ownBefore = organisation(OWN);
        login("dora.caritas");
    }

    @AfterEach
    void restoreOwnProfile() {
        mongo.updateFirst(query(where("_id").is(OWN)), new Update()
                .set("description", ownBefore.getDescription())
                .set("phone", ownBefore.getPhone())
                .inc("version", 1), Organisation.class);
    }

    @Test
    void aPartnerEditsHerOwnProfileAndSeesTheNewValues() {
        open("organisationen/" + OWN);
        button("Profil bearbeiten").click();
        assertThat(page).hasURL(Pattern.compile(".*/organisationen/" + OWN + "/bearbeiten$"));

        page.getByLabel("Beschreibung", new Page.GetByLabelOptions().setExact(true))
                .fill("Migrationsberatung und Begleitung von Ehrenamtlichen, montags bis donnerstags.");
        page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true)).fill("+49 1234 5678-42");
        button("Speichern").click();

        assertThat(page).hasURL(Pattern.compile(".*/organisationen/" + OWN + "$"));
        assertThat(page.getByText("Gespeichert.")).isVisible();
        assertThat(detail("Telefon")).hasText("+49 1234 5678-42");
        assertThat(page.getByText("Migrationsberatung und Begleitung von Ehrenamtlichen, montags bis donnerstags."))
                .isVisible();
        page.reload();
        waitForVaadin();
        assertThat(detail("Telefon")).hasText("+49 1234 5678-42");
        assertThat(organisation(OWN).getDescription())
                .isEqualTo("Migrationsberatung und Begleitung von Ehrenamtlichen, montags bis donnerstags.");
    }

    @Test
    void aPartnerSeesNoEditButtonOnAnotherOrganisation() {
        open("organisationen/" + OTHER);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Diakonisches Werk Musterstadt");
        assertThat(button("Profil bearbeiten")).hasCount(0);
    }

    @Test
    void typingTheEditAddressOfAnotherOrganisationShowsNoAccessAndChangesNothing() {
        var before = organisation(OTHER);

        open("organisationen/" + OTHER + "/bearbeiten");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kein Zugriff");
        assertThat(page.getByText("Diese Seite oder dieser Eintrag ist für Ihr Konto nicht freigegeben.")).isVisible();
        assertThat(page.getByLabel("Beschreibung")).hasCount(0);
        assertThat(button("Speichern")).hasCount(0);
        var after = organisation(OTHER);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getDescription()).isEqualTo(before.getDescription());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"schnittstellen", "admin/konten"})
    void aPartnerCannotOpenInternalAreas(String path) {
        open(path);

        var heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).hasText("Kein Zugriff");
        assertThat(page.locator("vaadin-grid, table")).hasCount(0);
        assertThat(page.getByText("Zentrales Postfach")).hasCount(0);
        assertThat(page.getByText("erik.admin")).hasCount(0);
    }

    private Organisation organisation(String id) {
        return mongo.findById(id, Organisation.class);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator detail(String term) {
        return page.locator("xpath=//dt[normalize-space()='" + term + "']/following-sibling::dd[1]");
    }
}
