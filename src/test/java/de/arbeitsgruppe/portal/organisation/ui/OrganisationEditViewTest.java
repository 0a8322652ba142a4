package de.arbeitsgruppe.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.dom.Element;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class OrganisationEditViewTest extends ViewTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Autowired
    OrganisationManagement organisations;
    @Autowired
    ContactDirectory contacts;

    @Test
    void createsAnOrganisationFromTheRequiredFieldsAloneAndShowsItsProfile() {
        var name = unique("Nachbarschaftshilfe");
        var view = navigate("organisationen/neu", OrganisationEditView.class);
        assertThat(heading().getText()).isEqualTo("Neue Organisation");
        fillRequired(view.form, name);

        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert.");
        assertThat(getCurrentView()).isInstanceOf(OrganisationDetailView.class);
        assertThat(heading().getText()).isEqualTo(name);
        assertThat(organisations.search(name, Set.of())).singleElement()
                .satisfies(saved -> assertThat(saved.getKind()).isEqualTo(OrganisationKind.SONSTIGE));
    }

    @Test
    void showsTheMessageNextToEveryEmptyRequiredFieldAndSavesNothing() {
        var city = unique("Leerstadt").replace(" ", "");
        var view = navigate("organisationen/neu", OrganisationEditView.class);
        test(view.form.city).setValue(city);

        test(view.save).click();

        for (var field : new TextField[] {view.form.name, view.form.shortName}) {
            assertThat(field.isInvalid()).as(field.getLabel()).isTrue();
            assertThat(field.getErrorMessage()).as(field.getLabel()).isEqualTo("Bitte ausfüllen.");
        }
        assertThat(view.form.kind.isInvalid()).isTrue();
        assertThat(view.form.kind.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(view.form.membership.isInvalid()).isTrue();
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(organisations.search(city, Set.of())).isEmpty();
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
    void rejectsAPostcodeWithoutFiveDigits() {
        assertRejected(form -> form.postalCode, "123", "Bitte eine fünfstellige Postleitzahl angeben.");
    }

    @Test
    void rejectsAJavascriptAddressAsWebsite() {
        assertRejected(form -> form.website, "javascript:alert(1)",
                "Bitte eine Webadresse mit http:// oder https:// angeben.");
    }

    @Test
    void savesAWebsiteTypedWithoutHttpsWithHttpsAndShowsItSo() {
        var organisation = newOrganisation();
        var view = edit(organisation);

        test(view.form.website).setValue("www.example.de");
        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert.");
        assertThat(stored(organisation).getWebsite()).isEqualTo("https://www.example.de");
        assertThat(textOf(((OrganisationDetailView) getCurrentView()).details)).contains("https://www.example.de");
    }

    @Test
    void rejectsANameLongerThan200Characters() {
        assertRejected(form -> form.name, "N".repeat(201), "Höchstens 200 Zeichen bzw. Einträge.");
    }

    @Test
    void rejectsAnAreaOfWorkLongerThan100Characters() {
        var organisation = newOrganisation();
        var view = edit(organisation);

        test(view.form.areasOfWork).setValue("Beratung\n" + "B".repeat(101));
        test(view.save).click();

        assertThat(view.form.areasOfWork.isInvalid()).isTrue();
        assertThat(view.form.areasOfWork.getErrorMessage()).isEqualTo("Höchstens 100 Zeichen bzw. Einträge.");
        assertThat(stored(organisation).getAreasOfWork()).isEmpty();
    }

    @Test
    void savesOneAreaOfWorkPerLine() {
        var organisation = newOrganisation();
        var view = edit(organisation);

        test(view.form.areasOfWork).setValue("Patenschaften\n\n  Sprachcafé  \n");
        test(view.save).click();

        assertThat(stored(organisation).getAreasOfWork()).containsExactly("Patenschaften", "Sprachcafé");
        assertThat(textOf(((OrganisationDetailView) getCurrentView()).details)).contains("Patenschaften, Sprachcafé");
    }

    @Test
    void renamesTheOrganisationInTheContactDirectoryToo() {
        var organisation = newOrganisation();
        var contact = new Contact(ContactKind.PERSON, unique("Vereinsperson"), organisation.getId());
        contact = contacts.create(contact);
        var newName = unique("Umbenannter Verein");
        var view = edit(organisation);

        test(view.form.name).setValue(newName);
        test(view.save).click();

        assertThat(heading().getText()).isEqualTo(newName);
        assertThat(contacts.find(contact.getId()).orElseThrow().getOrganisationName()).isEqualTo(newName);
        assertThat(contacts.search(new ContactQuery(newName, null, null, null), 0, 10))
                .extracting(Contact::getName).containsExactly(contact.getName());
    }

    @Test
    void acceptsANameOfExactly200Characters() {
        var organisation = newOrganisation();
        var view = edit(organisation);
        var name = (organisation.getName() + " " + "N".repeat(200)).substring(0, 200);

        test(view.form.name).setValue(name);
        test(view.save).click();

        assertThat(view.form.name.isInvalid()).isFalse();
        assertThat(stored(organisation).getName()).isEqualTo(name);
    }

    @Test
    void savesAndShowsMarkupAsPlainText() {
        var view = navigate("organisationen/neu", OrganisationEditView.class);
        fillRequired(view.form, SCRIPT);
        test(view.form.shortName).setValue(IMG);
        test(view.form.description).setValue(IMG + "\n" + SCRIPT);

        test(view.save).click();

        var detail = (OrganisationDetailView) getCurrentView();
        assertThat(heading().getText()).isEqualTo(SCRIPT);
        assertThat(heading().getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(detail.description.getText()).isEqualTo(IMG + "\n" + SCRIPT);
        assertThat(textOf(detail.details)).contains(IMG);
        assertThat(find(Html.class).exists()).isFalse();
        assertThat(detail.getPageTitle()).isEqualTo(SCRIPT + " – Koordinierungsportal");
    }

    @Test
    void showsAConflictInsteadOfOverwritingWhatSomeoneElseSavedInTheMeantime() {
        var organisation = newOrganisation();
        var view = edit(organisation);
        var theirs = stored(organisation);
        theirs.setDescription("Fassung von nebenan");
        organisations.update(theirs);

        test(view.form.description).setValue("Meine Fassung");
        test(view.save).click();

        assertThat(notifications()).singleElement().asString().startsWith("Jemand anderes hat diesen Eintrag");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.description.getValue()).isEqualTo("Meine Fassung");
        assertThat(stored(organisation).getDescription()).isEqualTo("Fassung von nebenan");
    }

    @Test
    void leadsBackToTheProfileOnCancelWithoutSaving() {
        var organisation = newOrganisation();
        var view = edit(organisation);
        test(view.form.description).setValue("Nicht gespeichert");

        test(view.cancel).click();

        assertThat(getCurrentView()).isInstanceOf(OrganisationDetailView.class);
        assertThat(stored(organisation).getDescription()).isNull();
    }

    @Test
    void namesTheEditedOrganisationInTheBrowserTitle() {
        var organisation = newOrganisation();

        edit(organisation);

        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Profil bearbeiten: " + organisation.getName() + " – Koordinierungsportal");
    }

    @Test
    void callsTheEmptyFormNeueOrganisationInTheBrowserTitle() {
        navigate("organisationen/neu", OrganisationEditView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Neue Organisation – Koordinierungsportal");
    }

    @Test
    void saysNotFoundForAnUnknownId() {
        navigate("organisationen/org-gibt-es-nicht/bearbeiten", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void sendsAPartnerWhoOpensAnotherOrganisationsEditAddressToKeinZugriff() {
        var view = navigate("organisationen/org-diakonie-musterstadt/bearbeiten", ForbiddenView.class);

        assertThat(textOf(view)).startsWith("Kein Zugriff");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void doesNotLetAPartnerCreateAnOrganisation() {
        navigate("organisationen/neu", ForbiddenView.class);

        assertThat(getCurrentView()).isInstanceOf(ForbiddenView.class);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void doesNotLetAMemberEditItsAuthoritysProfile() {
        navigate("organisationen/org-agentur-musterstadt/bearbeiten", ForbiddenView.class);

        assertThat(getCurrentView()).isInstanceOf(ForbiddenView.class);
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void letsAPartnerKeepItsOwnProfileButNotChangeItsKindOrMembership() {
        var view = navigate("organisationen/org-caritas-musterstadt/bearbeiten", OrganisationEditView.class);
        assertThat(heading().getText()).isEqualTo("Profil bearbeiten: Caritasverband Musterstadt");
        assertThat(view.form.kind.isReadOnly()).isTrue();
        assertThat(view.form.membership.isReadOnly()).isTrue();
        var before = organisations.find("org-caritas-musterstadt").orElseThrow().getDescription();
        try {
            test(view.form.description).setValue("Beratung montags bis freitags");
            test(view.save).click();

            var detail = (OrganisationDetailView) getCurrentView();
            assertThat(detail.description.getText()).isEqualTo("Beratung montags bis freitags");
        } finally {
            var caritas = organisations.find("org-caritas-musterstadt").orElseThrow();
            caritas.setDescription(before);
            organisations.update(caritas);
        }
    }

    private void assertRejected(Function<OrganisationForm, TextFieldBase<?, String>> field, String value,
            String message) {
        var organisation = newOrganisation();
        var view = edit(organisation);
        var input = field.apply(view.form);

        input.setValue(value);
        test(view.save).click();

        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo(message);
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(getCurrentView()).isSameAs(view);
        var stored = stored(organisation);
        assertThat(stored.getVersion()).isEqualTo(organisation.getVersion());
        assertThat(stored.getName()).isEqualTo(organisation.getName());
    }

    private void fillRequired(OrganisationForm form, String name) {
        test(form.name).setValue(name);
        test(form.shortName).setValue("Kurz");
        test(form.kind).selectItem("Sonstige");
        test(form.membership).selectItem("Partner");
    }

    private OrganisationEditView edit(Organisation organisation) {
        return navigate("organisationen/" + organisation.getId() + "/bearbeiten", OrganisationEditView.class);
    }

    private Organisation newOrganisation() {
        var organisation = new Organisation(unique("Testverein"), "Testverein", OrganisationKind.SONSTIGE,
                Membership.PARTNER);
        organisation.setPhone("+49 1234 99");
        organisation.setEmail("test@verein.example");
        organisation.setWebsite("https://verein.example");
        organisation.getAddress().setPostalCode("12345");
        return organisations.create(organisation);
    }

    private Organisation stored(Organisation organisation) {
        return organisations.find(organisation.getId()).orElseThrow();
    }
}
