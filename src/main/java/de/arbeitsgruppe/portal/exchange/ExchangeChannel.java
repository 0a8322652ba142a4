package de.arbeitsgruppe.portal.exchange;

/** How the data travel; {@link #OTHER} is described in a text of its own. */
public enum ExchangeChannel {
    ENCRYPTED_MAIL, SECURE_TRANSPORT, SPECIALIST_INTERFACE, PAPER, OTHER;

    public String translationKey() {
        return "exchange.channel." + name().toLowerCase();
    }
}
