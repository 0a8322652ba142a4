package de.arbeitsgruppe.portal.contact;

/** A contact entry was changed (name, organisation, address, linked account): modules that copy from it follow. */
public record ContactChanged(String contactId, String workingGroupId) {
}
