package de.arbeitsgruppe.portal.overview.ui;

import de.arbeitsgruppe.portal.contact.Contact;

/** "Mein Eintrag im Adressbuch", shown only while the user's own entry waits for their confirmation. */
class OwnEntryCard extends DashboardCard {

    OwnEntryCard(Contact own) {
        super("eintrag", "overview.entry.title");
        say(own.getLastConfirmed() == null ? getTranslation("overview.entry.never")
                : getTranslation("overview.entry.since", own.lastConfirmedText()));
        onwards("ansprechpartner/bestaetigen", getTranslation("overview.entry.check"));
    }
}
