package de.arbeitsgruppe.portal.report;

/** A report or its settings refused by a rule; shown next to {@code field} with the message of {@code messageKey}. */
public class ReportRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ReportRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
