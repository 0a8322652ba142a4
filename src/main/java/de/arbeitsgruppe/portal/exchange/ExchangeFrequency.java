package de.arbeitsgruppe.portal.exchange;

/** How often the data are passed on. */
public enum ExchangeFrequency {
    CONTINUOUS, DAILY, WEEKLY, MONTHLY, QUARTERLY, ON_OCCASION;

    public String translationKey() {
        return "exchange.frequency." + name().toLowerCase();
    }
}
