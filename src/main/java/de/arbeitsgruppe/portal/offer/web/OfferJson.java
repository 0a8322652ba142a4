package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.Funding;
import de.arbeitsgruppe.portal.offer.OfferFilterAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One offer in the JSON export. The field names are English and stay as they are, whatever the page
 * shows: other programs read them. Kinds, levels and formats are the values of the catalogue's address.
 */
record OfferJson(String id, String title, String provider, String kind, String levelFrom, String levelTo,
        boolean literacy, String start, String end, boolean continuousEntry, String registrationDeadline,
        String schedule, BigDecimal hoursPerWeek, String format, String venue, String street, String postalCode,
        String city, String district, Integer capacity, Integer freePlaces, boolean childcare, boolean womenOnly,
        boolean freeOfCharge, String costs, List<String> fundings, String description, String eligibility,
        String helpLanguages, String accessibility, Contact contact, String registration, String registrationUrl,
        String updatedAt, String staleSince) {

    record Contact(String name, String phone, String email) {
    }

    static OfferJson of(CatalogueOffer offer, DistrictList districts, LocalDate today) {
        var d = offer.getDetails();
        var stale = offer.staleSince(today);
        return new OfferJson(offer.getId(), d.getTitle(), offer.getProviderName(), slug(d.getKind()),
                slug(d.getLevelFrom()), slug(d.getLevelTo()), d.isLiteracy(), text(d.getStart()), text(d.getEnd()),
                d.isContinuousEntry(), text(d.getRegistrationDeadline()), d.getSchedule(), d.getHoursPerWeek(),
                slug(d.getFormat()), d.getVenue(), d.getStreet(), d.getPostalCode(), d.getCity(),
                OfferCard.district(d, districts), d.getCapacity(), offer.getFreePlaces(), d.isChildcare(),
                d.isWomenOnly(), d.isFreeOfCharge(), d.getCosts(),
                d.getFundings() == null ? List.of() : d.getFundings().stream().sorted().map(Funding::name)
                        .map(OfferJson::lower).toList(),
                d.getDescription(), d.getEligibility(), d.getHelpLanguages(), d.getAccessibility(),
                new Contact(d.getContactName(), d.getContactPhone(), d.getContactEmail()), d.getRegistration(),
                d.getRegistrationUrl(), offer.getUpdatedAt() == null ? null : offer.getUpdatedAt().toString(),
                text(stale));
    }

    private static String slug(Enum<?> value) {
        return value == null ? null : OfferFilterAddress.slug(value);
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
