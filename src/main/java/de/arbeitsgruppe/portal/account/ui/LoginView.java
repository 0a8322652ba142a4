package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.dependency.CssImport;
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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.arbeitsgruppe.portal.account.LoginFailureHandler;
import de.arbeitsgruppe.portal.shared.GroupContactProperties;
import de.arbeitsgruppe.portal.shared.PortalProperties;

/**
 * The local login page, in the user's language: whom to ask for access or a new password, the way to
 * the public events, in demo mode the demo accounts, and the legally required links below. After a
 * failed login the typed name is back in its field.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/public.css")
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    final Paragraph loggedOut = new Paragraph();
    final LoginHelp help;
    /** The name of the failed login shown again, or null. */
    String keptUsername;

    private final PortalProperties properties;

    LoginView(PortalProperties properties, GroupContactProperties contact) {
        this.properties = properties;
        help = new LoginHelp(contact.email(), properties.demoData());
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
                help, footer);
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
        var session = VaadinSession.getCurrent().getSession();
        if (parameters.containsKey("error")
                && session.getAttribute(LoginFailureHandler.USERNAME_ATTRIBUTE) instanceof String name) {
            keepUsername(name);
        } else {
            keptUsername = null;
            form.getElement().removeAttribute("no-autofocus");
            session.removeAttribute(LoginFailureHandler.USERNAME_ATTRIBUTE);
        }
    }

    /** The name back in its field and the cursor in the password field; LoginForm has no API for either. */
    private void keepUsername(String name) {
        keptUsername = name;
        form.getElement().setAttribute("no-autofocus", true);
        form.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form').then(() => form.updateComplete).then(() => {
                  const username = form.querySelector('#vaadinLoginUsername');
                  if (username) {
                    username.value = $0;
                  }
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (password) {
                    password.focus();
                  }
                });
                """, name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
