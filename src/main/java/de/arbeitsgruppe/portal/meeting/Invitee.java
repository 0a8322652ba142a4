package de.arbeitsgruppe.portal.meeting;

/**
 * Someone an invitation goes to: an invited contact, the general address of an invited
 * organisation, or a guest.
 *
 * @param email the address, or null when none is known (they get no mail)
 * @param internal belongs to a member organisation of the working group, so reads internal agenda items
 */
public record Invitee(String name, String email, boolean internal) {

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }
}
