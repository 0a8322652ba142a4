package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.arbeitsgruppe.portal.shared.PortalProperties;

/** The local login page, in the user's language, with the legally required links below it. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    final Paragraph loggedOut = new Paragraph();

    private final PortalProperties properties;

    LoginView(PortalProperties properties) {
        this.properties = properties;
        addClassName("portal-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());
        // the page's h1 names the portal; the form's own "Anmelden" heading sits below it
        form.getElement().setProperty("headingLevel", 2);
        loggedOut.setText(getTranslation("login.loggedOut"));
        loggedOut.setVisible(false);
        loggedOut.getElement().setAttribute("role", "status");
        var footer = new Footer(new Anchor("barrierefreiheit", getTranslation("accessibility.title")),
                new Anchor("impressum", getTranslation("legal.title")));
        footer.addClassName("portal-footer");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), loggedOut, form,
                footer);
    }

    private LoginI18n translations() {
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (properties.isOidc()) {
            // single sign-on: the local login page is not offered, Keycloak's is
            event.forwardToUrl(properties.loginPath());
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        loggedOut.setVisible(parameters.containsKey("logout"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
