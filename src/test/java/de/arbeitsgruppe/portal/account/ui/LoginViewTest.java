package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.ui.DirectoryView;
import org.junit.jupiter.api.Test;

class LoginViewTest extends ViewTest {

    @Test
    void showsTheErrorWhenOpenedAfterAFailedLogin() {
        var view = open("login?error");

        assertThat(view.form.isError()).isTrue();
        assertThat(view.form.getElement().getPropertyRaw("i18n").toString()).contains("Anmeldung fehlgeschlagen");
        assertThat(view.loggedOut.isVisible()).isFalse();
    }

    @Test
    void showsTheLoggedOutMessageAfterLogout() {
        var view = open("login?logout");

        assertThat(view.loggedOut.isVisible()).isTrue();
        assertThat(view.loggedOut.getText()).isEqualTo("Sie wurden abgemeldet.");
        assertThat(view.form.isError()).isFalse();
    }

    @Test
    void showsNeitherErrorNorLogoutMessageOnAPlainVisit() {
        var view = navigate(LoginView.class);

        assertThat(view.form.isError()).isFalse();
        assertThat(view.loggedOut.isVisible()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("Anmelden – Koordinierungsportal");
    }

    @Test
    void linksToTheAccessibilityStatementAndTheImprintWithoutLogin() {
        var view = navigate(LoginView.class);

        assertThat(find(Anchor.class, view).all()).extracting(Anchor::getHref)
                .containsExactly("barrierefreiheit", "impressum");
    }

    @Test
    void sendsAnAnonymousVisitorOfAProtectedPageToTheLogin() {
        UI.getCurrent().navigate(DirectoryView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private LoginView open(String location) {
        var parts = location.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts[1]));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        return (LoginView) getCurrentView();
    }
}
