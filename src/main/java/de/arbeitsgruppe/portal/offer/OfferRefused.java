package de.arbeitsgruppe.portal.offer;

/**
 * A rule the form should have caught (the end before the start, more free places than places): the
 * view shows the message next to the field it names, and nothing was saved.
 */
public class OfferRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public OfferRefused(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The property of {@link OfferDetails} (or {@code freePlaces}, {@code returnReason}) the rule is about. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
