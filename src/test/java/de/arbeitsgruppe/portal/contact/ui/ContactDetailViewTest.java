package de.arbeitsgruppe.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class ContactDetailViewTest extends ViewTest {

    @Test
    void showsTheContactWithFunctionOrganisationInterfacesAndTopics() {
        var view = open("c-kommune-mueller");

        assertThat(heading().getText()).isEqualTo("Sabine Müller");
        assertThat(textOf(view.details)).contains("Sachgebietsleitung Leistungen AsylbLG", "Fachdienst Soziales",
                "Landkreis Musterstadt", "kommune-mueller@musterstadt.example",
                "Kommune – Agentur für Arbeit, Kommune – Jobcenter", "Leistungsgewährung AsylbLG", "Datenaustausch",
                "Mitglieder und Partner");
        assertThat(view.getPageTitle()).isEqualTo("Sabine Müller – Koordinierungsportal");
    }

    @Test
    void showsTheDeputy() {
        var view = open("c-kommune-mueller");

        assertThat(textOf(view.details)).contains("VertretungKemal Özdemir");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void doesNotNameAnInternalDeputyToAPartner() {
        var view = open("c-kommune-mueller");

        assertThat(textOf(view.details)).doesNotContain("Vertretung").doesNotContain("Özdemir");
    }

    @Test
    void offersTheEntryAsVCard() {
        var view = open("c-agentur-weber");

        var vcard = find(Anchor.class, view.actions).withText("Als vCard herunterladen").single();
        assertThat(vcard.getHref()).isNotBlank();
        assertThat(vcard.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void showsTheEditButtonToACoordinator() {
        var view = open("c-agentur-weber");

        assertThat(view.edit.isAttached()).isTrue();
        assertThat(view.edit.getText()).isEqualTo("Eintrag bearbeiten");
    }

    @Test
    @WithMockUser(username = "erik.admin", roles = "ADMIN")
    void showsTheEditButtonToAnAdmin() {
        var view = open("c-agentur-weber");

        assertThat(view.edit.isAttached()).isTrue();
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void showsTheEditButtonToThePersonTheEntryDescribes() {
        var view = open("c-agentur-schmidt");

        assertThat(view.edit.isAttached()).isTrue();
        test(view.edit).click();
        assertThat(getCurrentView()).isInstanceOf(ContactEditView.class);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void hidesTheEditButtonFromAMemberOnSomeoneElsesEntry() {
        var view = open("c-agentur-weber");

        assertThat(view.edit.isAttached()).isFalse();
        assertThat(find(Anchor.class, view.actions).withText("Als vCard herunterladen").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void hidesTheEditButtonFromAPartnerOnSomeoneElsesEntry() {
        var view = open("c-kommune-mueller");

        assertThat(view.edit.isAttached()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void saysNotFoundToAPartnerWhoOpensAnInternalEntry() {
        navigate("ansprechpartner/c-kommune-oezdemir", NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
    }

    private ContactDetailView open(String id) {
        return navigate("ansprechpartner/" + id, ContactDetailView.class);
    }
}
