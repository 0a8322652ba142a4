package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.ui.LoginView;
import de.arbeitsgruppe.portal.overview.ui.DashboardView;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class MainLayoutTest extends ViewTest {

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsAPartnerOnlyTheAreasPartnersMayOpen() {
        navigate(DashboardView.class);
        var labels = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly("Übersicht", "Meine Aufgaben", "Organisationen", "Ansprechpartner", "Kalender", "Termine",
                "Beschlusssammlung", "Angebote", "Veranstaltungen");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void linksToThePublicCatalogueWhichVaadinsRouterLeavesToTheBrowser() {
        navigate(DashboardView.class);
        var link = find(MainLayout.class).single().catalogue;
        assertThat(link.getText()).isEqualTo("Angebotskatalog");
        assertThat(link.getHref()).isEqualTo("katalog");
        assertThat(link.isRouterIgnore()).isTrue();
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsTheUsersNameAndOrganisationInTheHeader() {
        navigate(DashboardView.class);
        var layout = find(MainLayout.class).single();
        assertThat(layout.userName.getText()).isEqualTo("Anna Koordination");
        assertThat(layout.organisationName.getText()).isEqualTo("Landkreis Musterstadt");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void remembersTheLanguageTheUserChoosesWithTheLanguageButton() {
        navigate(DashboardView.class);
        var layout = find(MainLayout.class).single();
        assertThat(layout.languageSwitch.getText()).isEqualTo("English");
        try {
            test(layout.languageSwitch).click();

            assertThat(currentUser.find().orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
            assertThat(VaadinSession.getCurrent().getAttribute(Locale.class)).isEqualTo(Locale.ENGLISH);
        } finally {
            currentUser.changeLocale(Locale.GERMAN);
        }
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void offersGermanBackToAUserReadingEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // the switch reloads the page, which builds the layout anew; a page without the layout does the same here
        navigate(LoginView.class);
        navigate(DashboardView.class);

        var layout = find(MainLayout.class).single();
        assertThat(layout.languageSwitch.getText()).isEqualTo("Deutsch");
        assertThat(layout.logout.getText()).isEqualTo("Log out");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Overview", "My tasks", "All tasks", "Organisations", "Contacts", "Interfaces", "Data exchange", "Calendar", "Meetings", "Backlog",
                        "Decision register", "Reports", "Process evaluation", "Offers", "Events");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void offersNameOrganisationLanguageAndLogoutInOneAccountMenuForPhones() {
        navigate(DashboardView.class);
        var layout = find(MainLayout.class).single();

        var root = layout.accountMenu.getItems().getFirst();

        assertThat(root.getElement().getAttribute("aria-label")).isEqualTo("Konto: Anna Koordination");
        assertThat(root.getSubMenu().getChildren().map(child -> child.getElement().getTextRecursively()).toList())
                .containsExactly("Anna KoordinationLandkreis Musterstadt", "English", "Abmelden");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void closesAnErrorMessageWhenTheNextActionSucceedsOrThePageChanges() {
        navigate(DashboardView.class);

        Notices.error("Bitte prüfen Sie die markierten Felder.");
        assertThat(Notices.openErrorTexts()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        Notices.success("Gespeichert.");
        assertThat(Notices.openErrorTexts()).isEmpty();

        Notices.error("Bitte prüfen Sie die markierten Felder.");
        navigate(AccessibilityView.class);
        assertThat(Notices.openErrorTexts()).isEmpty();
    }
}
