package de.arbeitsgruppe.portal.protocol;

/**
 * Where minutes stand: Entwurf (written), Abstimmung (sent round for comments until a deadline),
 * Genehmigt (read-only), Berichtigung (the office corrects approved minutes into a new version).
 */
public enum ProtocolState {
    DRAFT, CIRCULATING, APPROVED, CORRECTING;

    public String translationKey() {
        return "protocol.state." + name().toLowerCase();
    }

    /** Notes and decisions may change: in a draft, and while the office corrects approved minutes. */
    public boolean isEditable() {
        return this == DRAFT || this == CORRECTING;
    }
}
