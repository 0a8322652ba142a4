package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.ui.PortalView;

/** Where the single sign-on logout ends, after Keycloak has ended its session too. */
@Route("abgemeldet")
@AnonymousAllowed
public class LoggedOutView extends PortalView {

    final Anchor loginAgain = new Anchor();

    LoggedOutView(PortalProperties properties) {
        addClassName("portal-logged-out");
        loginAgain.setText(getTranslation("login.loggedOutPage.again"));
        loginAgain.setHref(properties.loginPath());
        loginAgain.setRouterIgnore(true);
        var message = new Paragraph(getTranslation("login.loggedOut"));
        message.getElement().setAttribute("role", "status");
        add(message, loginAgain);
    }

    @Override
    protected String titleKey() {
        return "login.loggedOutPage.title";
    }
}
