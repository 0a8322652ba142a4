package de.arbeitsgruppe.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.contact.ui.ContactDetailView;
import de.arbeitsgruppe.portal.shared.Role;
import java.io.IOException;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin's trail page and the "Verlauf" on a record's page, as their readers see them. */
@WithMockUser(username = "erik.admin", roles = "ADMIN")
class AuditTrailViewTest extends ViewTest {

    private static final int CHANGES = 4;

    @Autowired
    ContactDirectory directory;
    @Autowired
    AuditTrail trail;

    private String name;
    private String contactId;

    @BeforeEach
    void aCoordinatorChangesAPhoneNumber() {
        name = unique("Verlaufsprobe");
        contactId = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var contact = new Contact(ContactKind.PERSON, name, "org-agentur-musterstadt");
            contact.setPhone("+49 5121 1111");
            var created = directory.create(contact);
            created.setPhone("+49 5121 2222");
            return directory.update(created).getId();
        });
    }

    @Test
    void showsTheCoordinatorsChangeInWordsWhenFilteredByPerson() {
        var view = navigate(AuditTrailView.class);
        assertThat(heading().getText()).isEqualTo("Änderungsverlauf");

        view.person.setValue(view.person.getListDataView().getItems()
                .filter(account -> account.getUsername().equals(SignedIn.COORDINATOR)).findFirst().orElseThrow());

        var grid = view.list;
        assertThat(view.list.isVisible()).isTrue();
        assertThat(grid.getCellText(0, 1)).contains("(anna.koordination)").contains("Landkreis Musterstadt");
        assertThat(grid.getCellText(0, 2)).isEqualTo("geändert");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Ansprechpartner: " + name);
        assertThat(textOf(grid.getCellComponent(0, CHANGES))).isEqualTo("Telefon: +49 5121 1111 → +49 5121 2222");
    }

    @Test
    void saysSoWhenNoEntryMatches() {
        var view = navigate(AuditTrailView.class);
        view.from.setValue(java.time.LocalDate.of(2001, 1, 1));
        view.to.setValue(java.time.LocalDate.of(2001, 1, 31));

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("Keine Einträge für diese Filter.");
    }

    @Test
    void exportsTheFilteredTrailAsCsvForASpreadsheet() throws IOException {
        var view = navigate(AuditTrailView.class);
        view.recordType.setValue("contacts");

        var csv = AuditCsv.write(trail, view.filter(), new AuditTexts(view::getTranslation));

        assertThat(csv).startsWith("\uFEFF");
        var records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.getFirst().get(0)).isEqualTo("Zeitpunkt");
        var row = records.stream().filter(record -> contactId.equals(record.get(6))).findFirst().orElseThrow();
        assertThat(row.get(1)).isEqualTo("geändert");
        assertThat(row.get(2)).isEqualTo(SignedIn.COORDINATOR);
        assertThat(row.get(8)).isEqualTo("Telefon: +49 5121 1111 → +49 5121 2222");
        assertThat(AuditCsv.cells("=HYPERLINK(\"http://x\")", "+49 5121", "Anna")).containsExactly(
                "'=HYPERLINK(\"http://x\")", "'+49 5121", "Anna");
        assertThat(row.get(0)).matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");
    }

    @Test
    void aRecordsPageShowsItsVerlaufToTheOfficeWhenOpened() {
        var page = navigate("ansprechpartner/" + contactId, ContactDetailView.class);
        var history = (Details) page.getChildren()
                .flatMap(child -> child.getChildren()).filter(Details.class::isInstance).findFirst().orElseThrow();
        assertThat(history.getSummaryText()).isEqualTo("Verlauf");

        history.setOpened(true);

        assertThat(textOf(history)).contains("Telefon: +49 5121 1111 → +49 5121 2222").contains("(anna.koordination)")
                .contains("angelegt");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aMemberSeesNoVerlauf() {
        var page = navigate("ansprechpartner/" + contactId, ContactDetailView.class);

        assertThat(page.getChildren().flatMap(child -> child.getChildren()).filter(Details.class::isInstance)).isEmpty();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void aPageRefusedToAPartnerIsInTheTrailWithItsAddress() {
        navigate("admin/konten", de.arbeitsgruppe.portal.shared.ui.ForbiddenView.class);

        var refused = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> trail.find(new de.arbeitsgruppe.portal.audit.AuditFilter(
                "dora.caritas", null, null, de.arbeitsgruppe.portal.audit.AuditKind.ACCESS_REFUSED, null, null), 0, 5));
        assertThat(refused).isNotEmpty();
        assertThat(refused.getFirst().detail()).isEqualTo("/admin/konten");
        assertThat(refused.getFirst().actor().organisationName()).isEqualTo("Caritasverband Musterstadt");
    }
}
