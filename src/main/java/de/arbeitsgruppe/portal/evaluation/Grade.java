package de.arbeitsgruppe.portal.evaluation;

/**
 * How far a point is met. Each has a symbol besides its words, so that the trend reads at a glance
 * without relying on colour, and the words for screen readers.
 */
public enum Grade {
    MET("✓"),
    PARTLY("◐"),
    NOT_MET("✗"),
    NOT_APPLICABLE("–");

    private final String symbol;

    Grade(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** A point that is not (fully) met can become a task. */
    public boolean needsAction() {
        return this == NOT_MET || this == PARTLY;
    }

    public String translationKey() {
        return "evaluation.grade." + name().toLowerCase();
    }
}
