package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/** Phone numbers and e-mail addresses as links a phone can call or write to, never cut off. */
public final class Links {

    private Links() {
    }

    /** "+49 5121 1000" → {@code tel:+4951211000}; {@code null} for no number. */
    public static Anchor phone(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        // "+49 (0)5121 …": the 0 in brackets is dialled only from within the country
        var dialled = number.replaceFirst("^\\s*(\\+\\d{1,3})\\s*\\(0\\)", "$1").replaceAll("[^0-9+]", "");
        var link = new Anchor("tel:" + dialled, number);
        link.addClassName("portal-phone");
        return link;
    }

    public static Anchor email(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        var link = new Anchor("mailto:" + address, address);
        link.addClassName("portal-email");
        return link;
    }
}
