package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.organisation.OrganisationKind.AuthoritySide;
import java.util.Set;

/** The three interfaces ("Schnittstellen") between the authorities. */
public enum ContactInterface {
    KOMMUNE_AGENTUR(AuthoritySide.KOMMUNE, AuthoritySide.AGENTUR),
    KOMMUNE_JOBCENTER(AuthoritySide.KOMMUNE, AuthoritySide.JOBCENTER),
    AGENTUR_JOBCENTER(AuthoritySide.AGENTUR, AuthoritySide.JOBCENTER);

    private final Set<AuthoritySide> sides;

    ContactInterface(AuthoritySide one, AuthoritySide other) {
        this.sides = Set.of(one, other);
    }

    public boolean joins(AuthoritySide side) {
        return side != null && sides.contains(side);
    }

    public String translationKey() {
        return "contact.interface." + name().toLowerCase();
    }
}
