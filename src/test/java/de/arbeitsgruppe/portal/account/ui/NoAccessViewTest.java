package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.NoAccessFailureHandler;
import de.arbeitsgruppe.portal.account.OidcAccountMapping.Refusal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoAccessViewTest extends ViewTest {

    @Test
    void tellsAVisitorWithoutPortalAccessWhomToAsk() {
        var view = open("unknown-organisation");

        assertThat(heading().getText()).isEqualTo("Noch kein Zugang");
        assertThat(textOf(view)).contains("Noch kein Zugang – bitte wenden Sie sich an Ihre Koordination.");
        assertThat(view.reason.getText()).isEqualTo("Ihre Organisation gehört (noch) nicht zu dieser Arbeitsgruppe.");
        assertThat(view.getPageTitle()).isEqualTo("Noch kein Zugang – Koordinierungsportal");
    }

    @Test
    void namesEachReasonInGermanAndEnglish() {
        for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
            UI.getCurrent().setLocale(locale);
            for (Refusal refusal : Refusal.values()) {
                assertThat(open(refusal.code()).reason.getText()).doesNotStartWith("!").doesNotContain("login.noAccess");
            }
        }
    }

    @Test
    void explainsAFailedLoginAsSomethingToTryAgain() {
        assertThat(open("failed").reason.getText()).contains("Bitte versuchen Sie es erneut");
        assertThat(open("etwas-anderes").reason.getText()).contains("Bitte versuchen Sie es erneut");
    }

    @Test
    void offersToEndTheKeycloakSessionSoAnotherAccountCanLogIn() {
        VaadinSession.getCurrent().getSession().setAttribute(NoAccessFailureHandler.LOGOUT_URL_ATTRIBUTE,
                "http://localhost:8180/realms/arbeitsgruppe/protocol/openid-connect/logout?id_token_hint=abc");

        var view = open("no-role");

        assertThat(view.logout.getText()).isEqualTo("Abmelden und mit einem anderen Konto anmelden");
        assertThat(view.logout.getHref()).startsWith("http://localhost:8180/realms/arbeitsgruppe/");
        VaadinSession.getCurrent().getSession().removeAttribute(NoAccessFailureHandler.LOGOUT_URL_ATTRIBUTE);
    }

    @Test
    void leadsToTheLoggedOutPageWhenThereIsNoKeycloakSessionToEnd() {
        assertThat(open("failed").logout.getHref()).isEqualTo("abgemeldet");
    }

    private NoAccessView open(String reason) {
        UI.getCurrent().navigate("kein-zugang", QueryParameters.of("grund", reason));
        assertThat(getCurrentView()).isInstanceOf(NoAccessView.class);
        return (NoAccessView) getCurrentView();
    }
}
