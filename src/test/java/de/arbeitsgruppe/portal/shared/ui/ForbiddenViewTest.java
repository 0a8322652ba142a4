package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class ForbiddenViewTest extends ViewTest {

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void explainsPlainlyThatAPageIsNotForTheUsersAccount() {
        var view = navigate("admin/konten", ForbiddenView.class);

        assertThat(view.heading.getText()).isEqualTo("Kein Zugriff");
        assertThat(textOf(view)).contains("Diese Seite oder dieser Eintrag ist für Ihr Konto nicht freigegeben.");
        assertThat(view.getPageTitle()).isEqualTo("Kein Zugriff – Koordinierungsportal");
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void keepsTheUsersNavigationAroundTheMessage() {
        navigate("admin/konten", ForbiddenView.class);

        var layout = find(MainLayout.class).single();
        assertThat(layout.userName.getText()).isEqualTo("Clara Jobcenter");
    }
}
