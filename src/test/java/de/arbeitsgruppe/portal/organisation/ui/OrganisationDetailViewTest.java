package de.arbeitsgruppe.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class OrganisationDetailViewTest extends ViewTest {

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void showsTheProfileOfAnOrganisation() {
        var view = open("org-caritas-musterstadt");

        assertThat(heading().getText()).isEqualTo("Caritasverband Musterstadt");
        assertThat(textOf(view.details)).contains("Kurzname", "Caritas", "Wohlfahrtsverband", "Partner",
                "Kirchplatz 3, 12345 Musterstadt", "+49 1234 5678-0", "info@caritas-musterstadt.example",
                "Migrationsberatung, Ehrenamtskoordination");
        assertThat(view.getPageTitle()).isEqualTo("Caritasverband Musterstadt – Koordinierungsportal");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsTheEditButtonToACoordinator() {
        var view = open("org-diakonie-musterstadt");

        assertThat(view.edit.isVisible()).isTrue();
        assertThat(view.edit.getText()).isEqualTo("Profil bearbeiten");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsTheEditButtonToAPartnerOnItsOwnOrganisation() {
        var view = open("org-caritas-musterstadt");

        assertThat(view.edit.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void hidesTheEditButtonFromAPartnerOnAnotherOrganisation() {
        var view = open("org-diakonie-musterstadt");

        assertThat(view.edit.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void hidesTheEditButtonFromAMember() {
        var view = open("org-agentur-musterstadt");

        assertThat(view.edit.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void opensTheEditFormFromTheEditButton() {
        var view = open("org-caritas-musterstadt");

        test(view.edit).click();

        assertThat(getCurrentView()).isInstanceOf(OrganisationEditView.class);
        assertThat(((OrganisationEditView) getCurrentView()).form.name.getValue())
                .isEqualTo("Caritasverband Musterstadt");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void saysNotFoundForAnUnknownOrganisation() {
        var view = navigate("organisationen/org-gibt-es-nicht", NotFoundView.class);

        assertThat(textOf(view)).startsWith("Nicht gefunden");
    }

    private OrganisationDetailView open(String id) {
        return navigate("organisationen/" + id, OrganisationDetailView.class);
    }
}
