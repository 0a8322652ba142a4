package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.Topic;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class DirectoryE2E extends BrowserTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aMemberFindsContactsByTopicAndTakesOneAlongAsVCard() throws IOException {
        var expected = contactsWithTopic(Topic.SPRACHFOERDERUNG);
        login("bernd.agentur");
        open("ansprechpartner");

        search("Sprachförderung");

        assertThat(shownNames()).containsExactlyElementsOf(expected.stream().map(Contact::getName).toList());
        var contact = expected.stream().filter(c -> c.getId().equals("c-agentur-weber")).findFirst().orElseThrow();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(contact.getName()).setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/ansprechpartner/c-agentur-weber$"));
        assertThat(heading()).hasText(contact.getName());
        assertThat(detail("E-Mail")).hasText(contact.getEmail());
        assertThat(detail("Telefon")).hasText(contact.getPhone());
        assertThat(detail("Funktion")).hasText(contact.getFunction());
        assertThat(detail("Organisation")).hasText(contact.getOrganisationName());
        assertThat(detail("Organisationseinheit")).hasText(contact.getOrganisationalUnit());

        var download = download("Als vCard herunterladen");

        assertThat(download.suggestedFilename()).isEqualTo("Julia-Weber.vcf");
        var cards = Ezvcard.parse(download.path()).all();
        assertThat(cards).hasSize(1);
        var card = cards.getFirst();
        assertThat(card.getFormattedName().getValue()).isEqualTo(heading().textContent()).isEqualTo(contact.getName());
        assertThat(card.getEmails()).extracting(e -> e.getValue()).containsExactly(contact.getEmail());
        assertThat(card.getTelephoneNumbers()).extracting(t -> t.getText()).containsExactly(contact.getPhone());
        assertThat(card.getOrganization().getValues())
                .containsExactly(contact.getOrganisationName(), contact.getOrganisationalUnit());
        assertThat(card.getTitles()).extracting(t -> t.getValue()).containsExactly(contact.getFunction());
    }

    @Test
    void theListDownloadHoldsExactlyTheContactsTheFilterShows() throws IOException {
        login("bernd.agentur");
        open("ansprechpartner");
        search("Sprachförderung");
        var shown = shownNames();
        assertThat(shown).isNotEmpty();

        var download = download("Liste als vCard herunterladen");

        assertThat(download.suggestedFilename()).isEqualTo("ansprechpartner.vcf");
        List<VCard> cards = Ezvcard.parse(download.path()).all();
        assertThat(cards).extracting(card -> card.getFormattedName().getValue()).containsExactlyElementsOf(shown);
        for (VCard card : cards) {
            var stored = mongo.findOne(query(where("name").is(card.getFormattedName().getValue())), Contact.class);
            assertThat(stored).isNotNull();
            assertThat(card.getEmails()).extracting(e -> e.getValue()).containsExactly(stored.getEmail());
        }
    }

    private List<Contact> contactsWithTopic(Topic topic) {
        return mongo.find(query(where("topics").is(topic)), Contact.class).stream()
                .sorted(Comparator.comparing(Contact::getName)).toList();
    }

    private void search(String text) {
        var expectedCount = contactsWithTopic(Topic.SPRACHFOERDERUNG).size();
        page.getByLabel("Suche nach Name, Funktion, Organisation oder Thema").fill(text);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(expectedCount + " Einträge");
        waitForVaadin();
    }

    /** The names in the grid's rows that are on screen (the grid keeps hidden rows for reuse). */
    private List<String> shownNames() {
        return page.locator(".portal-table a[href^='ansprechpartner/']:visible").allInnerTexts().stream()
                .map(String::strip).toList();
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator detail(String term) {
        return page.locator("xpath=//dt[normalize-space()='" + term + "']/following-sibling::dd[1]");
    }

    private Download download(String linkText) {
        return page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(linkText).setExact(true)).click());
    }
}
