package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.OfferFilter;
import de.arbeitsgruppe.portal.offer.OfferFilterAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * The addresses of the catalogue's pages for one visitor: each carries the filter and the language,
 * so whatever is opened, printed or sent on shows exactly this list in this language.
 */
public final class CatalogueLinks {

    public static final String LIST = "/katalog";

    private final OfferFilter filter;
    private final CatalogueLanguage language;

    CatalogueLinks(OfferFilter filter, CatalogueLanguage language) {
        this.filter = filter;
        this.language = language;
    }

    public String list() {
        return address(LIST, filter.withPage(1), language);
    }

    public String page(int page) {
        return address(LIST, filter.withPage(page), language);
    }

    /** The list without any filter, in the same language: the way out of an empty result. */
    public String reset() {
        return address(LIST, OfferFilter.NONE, language);
    }

    public String detail(String id) {
        return address(LIST + "/" + encode(id), filter, language);
    }

    public String print() {
        return address(LIST + "/druck", filter.withPage(1), language);
    }

    public String csv() {
        return address(LIST + "/export.csv", filter.withPage(1), language);
    }

    public String json() {
        return address(LIST + "/export.json", filter.withPage(1), CatalogueLanguage.DE);
    }

    public String easyRead() {
        return address(LIST + "/leichte-sprache", filter, language);
    }

    /** This page (its path given) in another language. */
    public String in(String path, CatalogueLanguage other) {
        return address(path, filter, other);
    }

    private static String address(String path, OfferFilter filter, CatalogueLanguage language) {
        var parts = new ArrayList<String>();
        var query = OfferFilterAddress.format(filter);
        if (!query.isEmpty()) {
            parts.add(query);
        }
        if (!language.isDefault()) {
            parts.add(CatalogueLanguage.PARAMETER + "=" + language.code());
        }
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
