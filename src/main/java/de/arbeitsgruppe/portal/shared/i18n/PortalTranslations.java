package de.arbeitsgruppe.portal.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * German first, English second. Bundles live in {@code vaadin-i18n/translations_de|en.properties};
 * a missing key shows as {@code !key} (and a test fails on it) instead of a silent fallback. The texts
 * of the public catalogue, which it shows in five languages, are in {@code vaadin-i18n/catalogue_*};
 * the views read their German and English ones (the kinds of offers, …) from there too.
 */
@Component
public class PortalTranslations implements I18NProvider {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(GERMAN, ENGLISH);
    static final String BUNDLE = "vaadin-i18n/translations";
    public static final String CATALOGUE_BUNDLE = "vaadin-i18n/catalogue";

    private static final Logger log = LoggerFactory.getLogger(PortalTranslations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            var bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
            String pattern = bundle.containsKey(key) ? bundle.getString(key)
                    : ResourceBundle.getBundle(CATALOGUE_BUNDLE, supported(locale), NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key;
        }
    }

    /** Whether the German bundle (the complete one) has a text for this key. */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, GERMAN, NO_FALLBACK).containsKey(key)
                || ResourceBundle.getBundle(CATALOGUE_BUNDLE, GERMAN, NO_FALLBACK).containsKey(key);
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : GERMAN;
    }
}
