package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import de.arbeitsgruppe.portal.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class MainLayoutTest extends ViewTest {

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsAPartnerOnlyTheAreasPartnersMayOpen() {
        navigate(OverviewView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly("Übersicht", "Organisationen", "Ansprechpartner");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsTheUsersNameAndOrganisationInTheHeader() {
        navigate(OverviewView.class);
        var layout = find(MainLayout.class).single();
        assertThat(layout.userName.getText()).isEqualTo("Anna Koordination");
        assertThat(layout.organisationName.getText()).isEqualTo("Landkreis Musterstadt");
    }
}
