package de.arbeitsgruppe.portal.protocol;

/** What became of a proposal: beschlossen, abgelehnt, zur Kenntnis genommen, vertagt. */
public enum DecisionResult {
    ADOPTED, REJECTED, NOTED, POSTPONED;

    public String translationKey() {
        return "protocol.result." + name().toLowerCase();
    }
}
