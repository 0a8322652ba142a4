package de.arbeitsgruppe.portal.contact;

/** Subjects a contact can be asked about. */
public enum Topic {
    LEISTUNGEN_ASYLBLG, LEISTUNGEN_SGB2, ARBEITSMARKTINTEGRATION, SPRACHFOERDERUNG, DATENAUSTAUSCH,
    ANERKENNUNG, AUSBILDUNG, AUFENTHALTSRECHT;

    public String translationKey() {
        return "contact.topic." + name().toLowerCase();
    }
}
