package de.arbeitsgruppe.portal.contact;

import java.util.List;

/** The first entries of a directory search and how many there are in all. */
public record ContactPage(List<Contact> contacts, long total) {
}
