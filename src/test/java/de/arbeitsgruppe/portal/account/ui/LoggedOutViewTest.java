package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import org.junit.jupiter.api.Test;

class LoggedOutViewTest extends ViewTest {

    @Test
    void saysThatTheUserIsLoggedOutAndOffersToLogInAgain() {
        var view = navigate(LoggedOutView.class);

        assertThat(heading().getText()).isEqualTo("Abgemeldet");
        assertThat(textOf(view)).contains("Sie wurden abgemeldet.");
        assertThat(view.loginAgain.getText()).isEqualTo("Erneut anmelden");
        // local mode in this test; in oidc mode the same link goes to Keycloak
        assertThat(view.loginAgain.getHref()).isEqualTo("login");
    }
}
