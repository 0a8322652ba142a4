package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.organisation.OrganisationKind.AuthoritySide;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import java.util.Arrays;

/**
 * The two sides of an interface in a fixed order (Kommune before Agentur before Jobcenter, as the
 * interfaces are named): the agreement's first organisation stands on the first side, and its
 * direction "A → B" reads from the first to the second.
 */
public final class InterfaceSides {

    private InterfaceSides() {
    }

    public static AuthoritySide first(ContactInterface contactInterface) {
        return Arrays.stream(AuthoritySide.values()).filter(contactInterface::joins).findFirst().orElseThrow();
    }

    public static AuthoritySide second(ContactInterface contactInterface) {
        return Arrays.stream(AuthoritySide.values()).filter(contactInterface::joins).reduce((one, other) -> other)
                .orElseThrow();
    }

    public static boolean standsOn(OrganisationSummary organisation, AuthoritySide side) {
        return organisation != null && organisation.kind() != null && organisation.kind().authoritySide() == side;
    }
}
