package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.util.Locale;

/** What the portal's layout and the public layout do alike: the language switch and where a new page starts. */
final class LayoutParts {

    private LayoutParts() {
    }

    /**
     * The public catalogue of offers (/katalog): plain server-rendered pages, no route of Vaadin's, so
     * the link loads the page instead of asking Vaadin's router for it. Relative, like the other links.
     */
    static com.vaadin.flow.component.html.Anchor catalogueLink(com.vaadin.flow.component.html.Anchor link) {
        link.setHref("katalog");
        link.setText(link.getTranslation("layout.catalogue"));
        link.setRouterIgnore(true);
        return link;
    }

    /** German ↔ English: the language the page is not shown in. */
    static Locale otherLanguage(Locale shown) {
        return PortalTranslations.supported(shown).equals(PortalTranslations.GERMAN)
                ? PortalTranslations.ENGLISH : PortalTranslations.GERMAN;
    }

    /** The button that offers the other language, named in that language. */
    static void languageButton(Button button, Locale other, CurrentUser currentUser) {
        button.setText(button.getTranslation("layout.language." + other.getLanguage()));
        button.getElement().setAttribute("lang", other.getLanguage());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> switchLanguage(button, currentUser, other));
    }

    /** Kept for the account (if someone is logged in) and the session; the page reloads in it. */
    static void switchLanguage(Component owner, CurrentUser currentUser, Locale locale) {
        if (currentUser.find().isPresent()) {
            currentUser.changeLocale(locale);
        }
        owner.getUI().ifPresent(ui -> {
            ui.getSession().setAttribute(Locale.class, locale);
            ui.getPage().reload();
        });
    }

    /** A new page starts at its top, without an error message about the last one. */
    static void startPage(Component layout) {
        Notices.closeErrors();
        layout.getUI().ifPresent(ui -> ui.getPage().executeJs("window.scrollTo(0, 0)"));
    }
}
