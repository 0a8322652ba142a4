package de.arbeitsgruppe.portal.evaluation;

import de.arbeitsgruppe.portal.contact.ContactInterface;

/** The parts of the checklist: the three interfaces between the authorities, and the group's own duties. */
public enum EvaluationSection {
    KOMMUNE_AGENTUR(ContactInterface.KOMMUNE_AGENTUR),
    KOMMUNE_JOBCENTER(ContactInterface.KOMMUNE_JOBCENTER),
    AGENTUR_JOBCENTER(ContactInterface.AGENTUR_JOBCENTER),
    GROUP(null);

    private final ContactInterface contactInterface;

    EvaluationSection(ContactInterface contactInterface) {
        this.contactInterface = contactInterface;
    }

    /** The interface the points are about; null for the group's own duties. */
    public ContactInterface contactInterface() {
        return contactInterface;
    }

    public String translationKey() {
        return "evaluation.section." + name().toLowerCase();
    }
}
