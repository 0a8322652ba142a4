package de.arbeitsgruppe.portal.exchange;

/**
 * A rule of the register the form should have caught (the review before the start, an organisation
 * that is not on a side of the interface, no data category): the view shows the message next to the
 * field it names, and nothing was saved.
 */
public class ExchangeRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ExchangeRefused(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The property of {@link ExchangeAgreement} the rule is about ({@code signedDocument} for the PDF). */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
