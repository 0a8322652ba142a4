package de.arbeitsgruppe.portal.exchange;

/** Which way the data flow between the first and the second side of the interface. */
public enum ExchangeDirection {
    A_TO_B, B_TO_A, BOTH;

    public String translationKey() {
        return "exchange.direction." + name().toLowerCase();
    }
}
