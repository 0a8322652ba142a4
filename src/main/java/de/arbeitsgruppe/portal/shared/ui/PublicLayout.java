package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;

/**
 * Frame of the pages for visitors without a login: the portal's name and the public pages in one
 * header that wraps on a phone, instead of a side menu with a single entry. A logged-in user gets a
 * way back into the portal where a visitor gets "Anmelden". Views choose it with
 * {@code @Route(value = …, layout = PublicLayout.class)}.
 */
@AnonymousAllowed
@CssImport("./styles/public.css")
public final class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    final Nav links = new Nav();
    final Anchor login = new Anchor();
    final Anchor catalogue = new Anchor();
    final Button languageSwitch = new Button();
    private final Main content = new Main();
    private final CurrentUser currentUser;

    /** As in the portal's own layout: each page starts at its top, without the last page's error. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        LayoutParts.startPage(this);
    }

    PublicLayout(CurrentUser currentUser, PortalProperties properties) {
        this.currentUser = currentUser;
        addClassName("portal-public");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("portal-public-name");
        links.getElement().setAttribute("aria-label", getTranslation("layout.public.navigation"));
        if (currentUser.find().isPresent()) {
            login.setText(getTranslation("layout.public.portal"));
            login.setHref("");
        } else {
            login.setText(getTranslation("layout.login"));
            login.setHref(properties.loginPath());
            // with single sign-on the login is Keycloak's, not a route of the portal: a full page load
            login.setRouterIgnore(properties.isOidc());
        }
        links.add(new Anchor("veranstaltungen", getTranslation("events.title")), LayoutParts.catalogueLink(catalogue), login,
                new Anchor("barrierefreiheit", getTranslation("accessibility.title")),
                new Anchor("impressum", getTranslation("legal.title")));
        LayoutParts.languageButton(languageSwitch, LayoutParts.otherLanguage(getLocale()), currentUser);
        var header = new Header(name, links, languageSwitch);
        header.addClassName("portal-public-header");
        content.addClassName("portal-public-content");
        add(header, content);
    }


    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
