package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.shared.PortalUser;

/**
 * Who may do what in the register. Staff of the authorities and the office read every agreement of
 * their working group; the office and the people of the two organisations of an agreement create and
 * change it. Partners (welfare organisations, providers, volunteers) never see the register: they are
 * party to none of these agreements between authorities, and which social data pass where, on which
 * legal basis and through which channel is the authorities' internal matter.
 */
final class ExchangeAccess {

    private ExchangeAccess() {
    }

    static boolean maySee(PortalUser user, ExchangeAgreement agreement) {
        return user.isInternal() && user.workingGroupId().equals(agreement.getWorkingGroupId());
    }

    static boolean mayCreate(PortalUser user) {
        return user.isInternal();
    }

    /** Whether the user may enter an agreement between these two authorities: the office any, staff their own. */
    static boolean mayEnter(PortalUser user, String oneOrganisationId, String otherOrganisationId) {
        return user.isInternal() && (user.isCoordinatorOrAdmin() || user.belongsTo(oneOrganisationId)
                || user.belongsTo(otherOrganisationId));
    }

    static boolean mayEdit(PortalUser user, ExchangeAgreement agreement) {
        return maySee(user, agreement) && (user.isCoordinatorOrAdmin() || agreement.involves(user.organisationId()));
    }
}
