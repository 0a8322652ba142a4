package de.arbeitsgruppe.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.dom.Element;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class ContactEditViewTest extends ViewTest {

    static final String DIAKONIE = "org-diakonie-musterstadt";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Autowired
    ContactDirectory directory;

    @Test
    void createsAnEntryFromNameAndOrganisationAloneAndShowsIt() {
        var name = unique("Testperson");
        var view = navigate("ansprechpartner/neu", ContactEditView.class);
        assertThat(heading().getText()).isEqualTo("Neuer Eintrag");
        test(view.form.name).setValue(name);
        test(view.form.organisation).selectItem("Diakonisches Werk Musterstadt");

        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert.");
        assertThat(getCurrentView()).isInstanceOf(ContactDetailView.class);
        assertThat(heading().getText()).isEqualTo(name);
        assertThat(directory.search(new ContactQuery(name, null, null, null), 0, 10)).singleElement()
                .satisfies(saved -> assertThat(saved.getLastConfirmed()).isEqualTo(Formats.today()));
    }

    @Test
    void showsTheMessageNextToAnEmptyNameAndSavesNothing() {
        var function = unique("Prueffunktion").replace(" ", "");
        var view = navigate("ansprechpartner/neu", ContactEditView.class);
        test(view.form.function).setValue(function);
        test(view.form.organisation).selectItem("Diakonisches Werk Musterstadt");

        test(view.save).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(directory.firstPage(new ContactQuery(function, null, null, null), 1).total()).isZero();
    }

    @Test
    void asksForTheOrganisationAndSavesNothingWithoutIt() {
        var name = unique("Ohneorganisation");
        var view = navigate("ansprechpartner/neu", ContactEditView.class);
        test(view.form.name).setValue(name);

        test(view.save).click();

        assertThat(view.form.organisation.isInvalid()).isTrue();
        assertThat(view.form.organisation.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(directory.firstPage(new ContactQuery(name, null, null, null), 1).total()).isZero();
    }

    @Test
    void rejectsAnInvalidEmailAddressAndKeepsTheStoredOne() {
        assertRejected(form -> form.email, "kein-mail",
                "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.");
    }

    @Test
    void rejectsAPhoneNumberWithoutDigits() {
        assertRejected(form -> form.phone, "abc", "Bitte eine Telefonnummer aus Ziffern angeben, z. B. +49 1234 5678-0.");
    }

    @Test
    void rejectsAnOverlongName() {
        assertRejected(form -> form.name, "N".repeat(201), "Höchstens 120 Zeichen bzw. Einträge.");
    }

    @Test
    void savesAMailboxThatHasNoPhoneNumber() {
        var mailbox = new Contact(ContactKind.MAILBOX, unique("Postfach Test"), DIAKONIE);
        mailbox.setEmail("postfach@diakonie.example");
        mailbox = directory.create(mailbox);
        var view = edit(mailbox);

        test(view.form.function).setValue("Zentrale E-Mail-Adresse");
        test(view.save).click();

        assertThat(view.form.phone.isInvalid()).isFalse();
        assertThat(notifications()).contains("Gespeichert.");
        assertThat(stored(mailbox).getFunction()).isEqualTo("Zentrale E-Mail-Adresse");
        assertThat(stored(mailbox).getPhone()).isNull();
    }

    @Test
    void savesTheChosenDeputyFromTheSameOrganisation() {
        var deputy = newContact();
        var contact = newContact();
        var view = edit(contact);

        test(view.form.deputy).selectItem(deputy.getName());
        test(view.save).click();

        assertThat(stored(contact).getDeputyId()).isEqualTo(deputy.getId());
        assertThat(textOf(((ContactDetailView) getCurrentView()).details)).contains("Vertretung" + deputy.getName());
    }

    @Test
    void savesAndShowsMarkupAsPlainText() {
        var view = navigate("ansprechpartner/neu", ContactEditView.class);
        test(view.form.name).setValue(SCRIPT);
        test(view.form.function).setValue(IMG);
        test(view.form.organisation).selectItem("Diakonisches Werk Musterstadt");

        test(view.save).click();

        var detail = (ContactDetailView) getCurrentView();
        assertThat(heading().getText()).isEqualTo(SCRIPT);
        assertThat(heading().getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(textOf(detail.details)).contains("Funktion" + IMG);
        assertThat(find(Html.class).exists()).isFalse();
    }

    @Test
    void showsAConflictInsteadOfOverwritingWhatSomeoneElseSavedInTheMeantime() {
        var contact = newContact();
        var view = edit(contact);
        var theirs = stored(contact);
        theirs.setFunction("Fassung von nebenan");
        directory.update(theirs);

        test(view.form.function).setValue("Meine Fassung");
        test(view.save).click();

        assertThat(notifications()).singleElement().asString().startsWith("Jemand anderes hat diesen Eintrag");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.function.getValue()).isEqualTo("Meine Fassung");
        assertThat(stored(contact).getFunction()).isEqualTo("Fassung von nebenan");
    }

    @Test
    void namesTheEditedEntryInTheBrowserTitle() {
        var contact = newContact();

        edit(contact);

        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Eintrag bearbeiten: " + contact.getName() + " – Koordinierungsportal");
    }

    @Test
    void saysNotFoundForAnUnknownId() {
        navigate("ansprechpartner/c-gibt-es-nicht/bearbeiten", NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void sendsAMemberWhoEditsSomeoneElsesEntryToKeinZugriff() {
        navigate("ansprechpartner/c-kommune-mueller/bearbeiten", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void doesNotLetAMemberCreateAnEntry() {
        navigate("ansprechpartner/neu", ForbiddenView.class);

        assertThat(getCurrentView()).isInstanceOf(ForbiddenView.class);
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void letsTheOwnerEditTheirOwnEntryButNotItsOrganisationOrAccountLink() {
        var view = navigate("ansprechpartner/c-jobcenter-clara/bearbeiten", ContactEditView.class);
        assertThat(heading().getText()).isEqualTo("Eintrag bearbeiten: Clara Jobcenter");
        assertThat(view.form.organisation.isReadOnly()).isTrue();
        assertThat(view.form.accountUsername.isVisible()).isFalse();
        var before = directory.find("c-jobcenter-clara").orElseThrow().getFunction();
        try {
            test(view.form.function).setValue("Integrationsfachkraft U25");
            test(view.save).click();

            assertThat(getCurrentView()).isInstanceOf(ContactDetailView.class);
            assertThat(textOf(((ContactDetailView) getCurrentView()).details)).contains("Integrationsfachkraft U25");
            var saved = directory.find("c-jobcenter-clara").orElseThrow();
            assertThat(saved.getAccountUsername()).isEqualTo("clara.jobcenter");
            assertThat(saved.getLastConfirmed()).isEqualTo(Formats.today());
        } finally {
            var clara = directory.find("c-jobcenter-clara").orElseThrow();
            clara.setFunction(before);
            directory.update(clara);
        }
    }

    private void assertRejected(Function<ContactForm, TextFieldBase<?, String>> field, String value, String message) {
        var contact = newContact();
        var view = edit(contact);
        var input = field.apply(view.form);

        input.setValue(value);
        test(view.save).click();

        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo(message);
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(getCurrentView()).isSameAs(view);
        var stored = stored(contact);
        assertThat(stored.getVersion()).isEqualTo(contact.getVersion());
        assertThat(stored.getName()).isEqualTo(contact.getName());
        assertThat(stored.getEmail()).isEqualTo(contact.getEmail());
        assertThat(stored.getPhone()).isEqualTo(contact.getPhone());
    }

    private ContactEditView edit(Contact contact) {
        return navigate("ansprechpartner/" + contact.getId() + "/bearbeiten", ContactEditView.class);
    }

    private Contact newContact() {
        var contact = new Contact(ContactKind.PERSON, unique("Testperson"), DIAKONIE);
        contact.setFunction("Beratung");
        contact.setPhone("+49 1234 5678-999");
        contact.setEmail("test@diakonie.example");
        return directory.create(contact);
    }

    private Contact stored(Contact contact) {
        return directory.find(contact.getId()).orElseThrow();
    }
}
