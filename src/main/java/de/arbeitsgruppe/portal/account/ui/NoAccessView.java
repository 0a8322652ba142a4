package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.arbeitsgruppe.portal.account.NoAccessFailureHandler;
import de.arbeitsgruppe.portal.account.OidcAccountMapping.Refusal;
import de.arbeitsgruppe.portal.shared.ui.PortalView;

/**
 * Where a Keycloak login ends that the portal does not accept (yet): a plain explanation, the reason
 * in one sentence, and a link that ends the Keycloak session so another account can log in.
 */
@Route("kein-zugang")
@AnonymousAllowed
public class NoAccessView extends PortalView implements BeforeEnterObserver {

    final Paragraph reason = new Paragraph();
    final Anchor logout = new Anchor();

    NoAccessView() {
        addClassName("portal-no-access");
        reason.getElement().setAttribute("role", "status");
        logout.setText(getTranslation("login.noAccess.logout"));
        // a full page load: the link leaves for Keycloak's logout and comes back to "abgemeldet"
        logout.setRouterIgnore(true);
        add(new Paragraph(getTranslation("login.noAccess.text")), reason, logout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getLocation().getQueryParameters().getSingleParameter("grund").orElse("");
        reason.setText(getTranslation(Refusal.ofCode(code)
                .map(refusal -> "login.noAccess.reason." + refusal.code())
                .orElse("login.noAccess.reason.failed")));
        var session = VaadinSession.getCurrent();
        var keycloakLogout = session == null ? null : session.getSession().getAttribute(NoAccessFailureHandler.LOGOUT_URL_ATTRIBUTE);
        logout.setHref(keycloakLogout instanceof String url ? url : "abgemeldet");
    }

    @Override
    protected String titleKey() {
        return "login.noAccess.title";
    }
}
