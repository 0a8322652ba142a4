package de.arbeitsgruppe.portal.shared.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.PortalUser;
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
            Locale locale = currentUser.find().isPresent() || chosenThisSession == null
                    ? userLocale() : chosenThisSession;
            uiEvent.getUI().setLocale(locale);
            uiEvent.getUI().getSession().setLocale(locale);
        });
    }

    private Locale userLocale() {
        return currentUser.find().map(PortalUser::locale).map(PortalTranslations::supported)
                .orElse(PortalTranslations.GERMAN);
    }
}
