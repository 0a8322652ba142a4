package de.arbeitsgruppe.portal.offer.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * The languages of the public catalogue, chosen with {@code ?sprache=…} and kept in every link, so a
 * counsellor can send a link in the language of the person in front of her. Anything else is German.
 */
public enum CatalogueLanguage {
    DE(false), EN(false), AR(true), UK(false), FA(true);

    public static final String PARAMETER = "sprache";

    private final boolean rightToLeft;
    private final Locale locale;

    CatalogueLanguage(boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(code());
    }

    /** The language the parameter names; German for none and for nonsense. */
    public static CatalogueLanguage of(String parameter) {
        return parameter == null ? DE : Arrays.stream(values())
                .filter(language -> language.code().equalsIgnoreCase(parameter.strip())).findFirst().orElse(DE);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean isDefault() {
        return this == DE;
    }

    public Locale locale() {
        return locale;
    }

    /** Numbers in texts with Latin digits in every language, like the dates (24.11.2026). */
    Locale numberLocale() {
        return Locale.forLanguageTag(code() + "-u-nu-latn");
    }
}
