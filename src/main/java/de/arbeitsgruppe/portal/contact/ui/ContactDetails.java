package de.arbeitsgruppe.portal.contact.ui;

import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.shared.ui.Details;
import java.util.stream.Collectors;

/** An entry's fields as the directory shows them: on its page and where its person confirms it. */
class ContactDetails extends Details {

    void show(Contact shown, ContactDirectory directory) {
        removeAll();
        show("contact.kind", getTranslation(shown.getKind().translationKey()));
        show("contact.function", shown.getFunction());
        show("contact.organisationalUnit", shown.getOrganisationalUnit());
        show("contact.organisation", shown.getOrganisationName());
        show("contact.phone", shown.getPhone());
        show("contact.email", shown.getEmail());
        show("contact.interfaces", shown.getInterfaces().stream().map(i -> getTranslation(i.translationKey()))
                .collect(Collectors.joining(", ")));
        show("contact.topics", shown.getTopics().stream().map(t -> getTranslation(t.translationKey()))
                .collect(Collectors.joining(", ")));
        directory.find(shown.getDeputyId()).ifPresent(deputy -> show("contact.deputy", deputy.getName()));
        show("contact.visibility", getTranslation(shown.getVisibility().translationKey()));
        show("contact.lastConfirmed", shown.getLastConfirmed() == null
                ? getTranslation("contact.neverConfirmed") : shown.lastConfirmedText());
    }
}
