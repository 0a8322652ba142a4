package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.shared.ConflictException;

/** Someone else saved the notes of the same item meanwhile: the page shows both texts, theirs as stored. */
public class NotesConflict extends ConflictException {

    private final transient ItemNotes theirs;

    NotesConflict(ItemNotes theirs) {
        this.theirs = theirs;
    }

    public ItemNotes theirs() {
        return theirs;
    }
}
