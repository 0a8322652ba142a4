package de.arbeitsgruppe.portal.evaluation;

/**
 * A rule the form should have caught (a blank point, a task for a point that is met): the view shows
 * the message next to the field it names, and nothing was saved.
 */
public class EvaluationRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public EvaluationRefused(String field, String messageKey) {
        super(field + ": " + messageKey);
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
