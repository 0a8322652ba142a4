package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.LoginFailureHandler;
import de.arbeitsgruppe.portal.shared.GroupContactProperties;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.nio.file.Path;
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

        var footer = find(com.vaadin.flow.component.html.Footer.class, view).single();
        assertThat(find(Anchor.class, footer).all()).extracting(Anchor::getHref)
                .containsExactly("barrierefreiheit", "impressum");
    }

    @Test
    void tellsWhomToWriteForAForgottenPasswordOrAccessAndLinksThePublicEvents() {
        var view = navigate(LoginView.class);

        assertThat(textOf(view.help)).contains("Passwort vergessen / Zugang beantragen",
                "Passwort vergessen oder noch kein Zugang? Schreiben Sie an die Geschäftsstelle der Arbeitsgruppe: "
                        + "koordination@landkreis-musterstadt.example");
        assertThat(view.help.contact.getHref()).isEqualTo("mailto:koordination@landkreis-musterstadt.example");
        assertThat(view.help.events.getHref()).isEqualTo("veranstaltungen");
        assertThat(view.help.events.getText()).isEqualTo("Öffentliche Veranstaltungen ansehen (ohne Anmeldung)");
    }

    @Test
    void listsTheDemoAccountsAndTheirPasswordInDemoMode() {
        var view = navigate(LoginView.class);

        assertThat(view.help.demo.isAttached()).isTrue();
        assertThat(textOf(view.help.demo)).contains("Demo-Zugänge", "Passwort-123", "erik.admin – Administration",
                "anna.koordination – Koordination", "bernd.agentur – Mitglied", "clara.jobcenter – Mitglied",
                "dora.caritas – Partner");
    }

    @Test
    void listsNoDemoAccountsOutsideDemoMode() {
        var properties = new PortalProperties("ag-musterstadt", Path.of("./data"), false, true, "local", false);

        var help = new LoginView(properties, new GroupContactProperties("office@example.org")).help;

        assertThat(help.demo.isAttached()).isFalse();
        assertThat(textOf(help)).doesNotContain("Passwort-123", "erik.admin").contains("office@example.org");
    }

    @Test
    void showsTheNameOfTheFailedLoginAgainButNotOnAPlainVisit() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginFailureHandler.USERNAME_ATTRIBUTE, "bernd.agentur");

        var failed = open("login?error");

        assertThat(failed.keptUsername).isEqualTo("bernd.agentur");
        assertThat(failed.form.getElement().hasAttribute("no-autofocus")).as("cursor goes to the password").isTrue();

        var plain = navigate(LoginView.class);

        assertThat(plain.keptUsername).isNull();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LoginFailureHandler.USERNAME_ATTRIBUTE))
                .as("forgotten once the login page is opened afresh").isNull();
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
