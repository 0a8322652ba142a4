package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The catalogue's own texts in one language, read from {@code vaadin-i18n/catalogue_*} (the bundle the
 * portal's views read the offer labels from too). The pages ask it by key: {@code t.get('…')}. A key
 * missing shows as {@code !key}, never as a silent fallback to another language.
 */
public final class CatalogueTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final CatalogueLanguage language;
    private final ResourceBundle bundle;

    CatalogueTexts(CatalogueLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(PortalTranslations.CATALOGUE_BUNDLE, language.locale(), NO_FALLBACK);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    public String format(String key, Object... parameters) {
        return new MessageFormat(get(key), language.numberLocale()).format(parameters);
    }

    /** The label of a kind, level, format, funding or order: the enums name their own keys. */
    public String label(String translationKey) {
        return get(translationKey);
    }

    public CatalogueLanguage language() {
        return language;
    }
}
