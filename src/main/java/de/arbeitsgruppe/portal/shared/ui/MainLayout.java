package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.PortalUser;
import java.util.Locale;

/**
 * Frame of every page: the side navigation lists only the routes the user may open (Vaadin's menu
 * configuration checks access), so the layout never imports a view. On a phone the header keeps one
 * account menu (name, organisation, language, logout) instead of a row that does not fit.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    final Span userName = new Span();
    final Span organisationName = new Span();
    final Button languageSwitch = new Button();
    final Button logout = new Button();
    final Anchor login = new Anchor();
    final MenuBar accountMenu = new MenuBar();
    final Anchor catalogue = new Anchor();

    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;

    private final PortalProperties properties;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, PortalProperties properties) {
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        this.properties = properties;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(toggle, createUserBar());
        addToDrawer(createBrand(), new Scroller(createNavigation()), createFooter());
    }

    private Div createBrand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("portal-brand-name");
        var brand = new Div(name);
        brand.addClassName("portal-brand");
        return brand;
    }

    private Nav createNavigation() {
        navigation.setLabel(getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(createItem(entry)));
        var nav = new Nav(navigation);
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Header createUserBar() {
        var bar = new Header();
        bar.addClassName("portal-userbar");
        Locale other = LayoutParts.otherLanguage(getLocale());
        LayoutParts.languageButton(languageSwitch, other, currentUser);
        languageSwitch.addClassName("portal-language");
        var who = new Div();
        who.addClassName("portal-user");
        currentUser.find().ifPresentOrElse(user -> showUser(who, user, other), () -> showAnonymous(who));
        bar.add(who, languageSwitch, accountMenu);
        return bar;
    }

    /** The phone's header: one button with the user's initials opens name, organisation, language and logout. */
    private void createAccountMenu(PortalUser user, Locale other) {
        accountMenu.addClassName("portal-account-menu");
        accountMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = accountMenu.addItem(new Icon(VaadinIcon.USER));
        root.setAriaLabel(getTranslation("layout.account", user.displayName()));
        var who = new Div(new Span(user.displayName()), new Span(user.organisationName() == null ? "" : user.organisationName()));
        who.addClassName("portal-account-who");
        // shown, not an action: choosing it only closes the menu
        root.getSubMenu().addItem(who);
        var language = root.getSubMenu().addItem(getTranslation("layout.language." + other.getLanguage()), click -> LayoutParts.switchLanguage(this, currentUser, other));
        language.getElement().setAttribute("lang", other.getLanguage());
        root.getSubMenu().addItem(getTranslation("layout.logout"), click -> authenticationContext.logout());
    }

    /** Every page starts at its top, and a message about the previous page does not stay on the next. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        LayoutParts.startPage(this);
    }

    private void showUser(Div who, PortalUser user, Locale other) {
        createAccountMenu(user, other);
        userName.setText(user.displayName());
        userName.addClassName("portal-user-name");
        organisationName.setText(user.organisationName());
        organisationName.addClassName("portal-user-organisation");
        logout.setText(getTranslation("layout.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> authenticationContext.logout());
        who.add(userName, organisationName, logout);
    }

    private void showAnonymous(Div who) {
        login.setText(getTranslation("layout.login"));
        login.setHref(properties.loginPath());
        // with single sign-on the login is Keycloak's, not a route of the portal: a full page load
        login.setRouterIgnore(properties.isOidc());
        who.add(login);
        accountMenu.setVisible(false);
    }

    private Footer createFooter() {
        var footer = new Footer(LayoutParts.catalogueLink(catalogue),
                new Anchor("barrierefreiheit", getTranslation("accessibility.title")),
                new Anchor("impressum", getTranslation("legal.title")));
        footer.addClassName("portal-footer");
        return footer;
    }
}
