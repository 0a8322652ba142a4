package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.PortalUser;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who may do what with an offer in the portal. A provider's people (of any role) see and change
 * their own organisation's offers in every state; staff of the authorities read all offers; the
 * office (coordinators, admins) changes, publishes and returns every offer. Other providers' offers
 * reach a partner only through the catalogue, in their published version.
 */
final class OfferAccess {

    private OfferAccess() {
    }

    static boolean maySee(PortalUser user, Offer offer) {
        return user.workingGroupId().equals(offer.getWorkingGroupId())
                && (user.isInternal() || isProviderSide(user, offer));
    }

    static boolean isProviderSide(PortalUser user, Offer offer) {
        return user.belongsTo(offer.getProviderOrganisationId());
    }

    static boolean mayEdit(PortalUser user, Offer offer) {
        return maySee(user, offer) && offer.getStatus() != OfferStatus.ARCHIVED
                && (user.isCoordinatorOrAdmin() || isProviderSide(user, offer));
    }

    static boolean mayReview(PortalUser user, Offer offer) {
        return maySee(user, offer) && user.isCoordinatorOrAdmin();
    }

    /** The offers the user may see, as a query. */
    static Criteria visibleTo(PortalUser user) {
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId());
        return user.isInternal() ? criteria : criteria.and("providerOrganisationId").is(user.organisationId());
    }
}
