package de.arbeitsgruppe.portal.offer;

import java.time.LocalDate;

/**
 * The rules across fields of an offer that Bean Validation on single fields cannot say. The form
 * checks them as the user types; the service checks them again, so no other path stores a
 * contradiction.
 */
final class OfferRules {

    private OfferRules() {
    }

    /** @throws OfferRefused naming the field of the first broken rule */
    static void check(Offer offer, DistrictList districts, LocalDate today) {
        var details = offer.getDetails();
        if (details.getEnd() != null && details.getEnd().isBefore(today)) {
            // an offer that has ended would go to the archive within the hour, its published version with it
            throw new OfferRefused("end", "offer.validation.endPast");
        }
        if (details.getStart() == null && !details.isContinuousEntry()) {
            throw new OfferRefused("start", "offer.validation.start");
        }
        if (details.getStart() != null && details.getEnd() != null && details.getEnd().isBefore(details.getStart())) {
            throw new OfferRefused("end", "offer.validation.endBeforeStart");
        }
        if (details.getRegistrationDeadline() != null && details.getEnd() != null
                && details.getRegistrationDeadline().isAfter(details.getEnd())) {
            throw new OfferRefused("registrationDeadline", "offer.validation.deadlineAfterEnd");
        }
        if (details.getLevelFrom() != null && details.getLevelTo() != null
                && details.getLevelFrom().compareTo(details.getLevelTo()) > 0) {
            throw new OfferRefused("levelTo", "offer.validation.levelsUpsideDown");
        }
        if (details.getFormat() != OfferFormat.ONLINE && details.getDistrictId() == null) {
            throw new OfferRefused("districtId", "offer.validation.districtRequired");
        }
        if (details.getDistrictId() != null && districts.find(details.getDistrictId()).isEmpty()) {
            throw new OfferRefused("districtId", "offer.validation.district");
        }
        if (details.getCapacity() != null && details.getCapacity() < 0) {
            throw new OfferRefused("capacity", "offer.validation.places");
        }
        checkFreePlaces(offer.getFreePlaces(), details.getCapacity());
    }

    static void checkFreePlaces(Integer freePlaces, Integer capacity) {
        if (freePlaces != null && freePlaces < 0) {
            throw new OfferRefused("freePlaces", "offer.validation.places");
        }
        if (freePlaces != null && capacity != null && freePlaces > capacity) {
            throw new OfferRefused("freePlaces", "offer.validation.freeOverCapacity");
        }
    }
}
