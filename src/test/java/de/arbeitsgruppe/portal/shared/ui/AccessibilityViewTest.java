package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import de.arbeitsgruppe.portal.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

class AccessibilityViewTest extends ViewTest {

    @Test
    void showsTheAccessibilityStatementToAnonymousVisitors() {
        var view = navigate(AccessibilityView.class);

        assertThat(view.heading.getText()).isEqualTo("Barrierefreiheit");
        assertThat(find(H2.class).all()).extracting(H2::getText)
                .containsExactly("Stand der Vereinbarkeit", "Feedback und Kontakt", "Schlichtungsverfahren");
        assertThat(textOf(view)).contains("BITV 2.0").doesNotContain("!accessibility");
    }

    @Test
    void offersAnonymousVisitorsTheLoginInsteadOfAUserName() {
        navigate(AccessibilityView.class);

        var layout = find(MainLayout.class).single();
        assertThat(layout.login.getText()).isEqualTo("Anmelden");
        assertThat(layout.login.getHref()).isEqualTo("login");
        assertThat(layout.userName.getText()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void showsTheAccessibilityStatementWithAnAnonymousLoginToken() {
        var view = navigate(AccessibilityView.class);

        assertThat(view.heading.getText()).isEqualTo("Barrierefreiheit");
        assertThat(find(MainLayout.class).single().login.isAttached()).isTrue();
    }

    @Test
    void namesThePageInTheBrowserTitle() {
        var view = navigate(AccessibilityView.class);

        assertThat(view.getPageTitle()).isEqualTo("Barrierefreiheit – Koordinierungsportal");
    }
}
