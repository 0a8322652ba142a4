package de.arbeitsgruppe.portal.shared;

import java.util.regex.Pattern;

/**
 * Web addresses as people type them: "www.example.de" means "https://www.example.de". Anything
 * that already names a scheme ("http://…", "mailto:…", "javascript:…") is left as typed, so the
 * field's own rule (only http and https) still refuses what is not a web page.
 */
public final class WebAddresses {

    /** "name:" where the name has no dot: a scheme, unlike "www.example.de:8080". */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-]*:");

    private WebAddresses() {
    }

    public static String normalise(String typed) {
        var address = Texts.trimToNull(typed);
        if (address == null || address.contains("://") || SCHEME.matcher(address).find()) {
            return address;
        }
        return "https://" + address;
    }
}
