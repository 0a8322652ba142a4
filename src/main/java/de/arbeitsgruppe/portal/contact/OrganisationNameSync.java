package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.contact.internal.Contacts;
import de.arbeitsgruppe.portal.organisation.OrganisationRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the copied organisation name of contacts (sorting, search, vCard) in step with renames. */
@Component
class OrganisationNameSync {

    private final Contacts contacts;
    private final ContactDirectory directory;

    OrganisationNameSync(Contacts contacts, ContactDirectory directory) {
        this.contacts = contacts;
        this.directory = directory;
    }

    @EventListener
    void on(OrganisationRenamed event) {
        for (Contact contact : contacts.findByOrganisationId(event.organisationId())) {
            contact.prepareSave(contact.getWorkingGroupId(), event.name(), directory::topicWords);
            contacts.save(contact);
        }
    }
}
