package de.arbeitsgruppe.portal.shared.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.mongo.DatabaseAway;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every page starts in German unless the logged-in user chose English; the browser's language is
 * not used, as the working group's language is German. The page's {@code lang} attribute follows,
 * so screen readers pronounce the text correctly.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html").attr("lang", userLocale().getLanguage()));
        event.getSource().addUIInitListener(uiEvent -> {
            Locale chosenThisSession = uiEvent.getUI().getSession().getAttribute(Locale.class);
            Locale locale = chosenThisSession == null || loggedIn() ? userLocale() : chosenThisSession;
            uiEvent.getUI().setLocale(locale);
            uiEvent.getUI().getSession().setLocale(locale);
        });
    }

    private boolean loggedIn() {
        try {
            return currentUser.find().isPresent();
        } catch (RuntimeException e) {
            if (!DatabaseAway.explains(e)) {
                throw e;
            }
            return false;
        }
    }

    private Locale userLocale() {
        try {
            return currentUser.find().map(PortalUser::locale).map(PortalTranslations::supported)
                    .orElse(PortalTranslations.GERMAN);
        } catch (RuntimeException e) {
            if (!DatabaseAway.explains(e)) {
                throw e;
            }
            // the account cannot be read: the page still loads, in German, and says why it shows nothing
            return PortalTranslations.GERMAN;
        }
    }
}
