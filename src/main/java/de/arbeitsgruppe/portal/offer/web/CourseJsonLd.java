package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.OfferDetails;
import de.arbeitsgruppe.portal.offer.OfferFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detail page's schema.org {@code Course} with one {@code CourseInstance}, as JSON-LD, so search
 * engines show the offer with its dates and provider (Google's course rich result wants name,
 * description and provider). Built as a tree and written by Jackson, never glued from strings.
 */
@Component
class CourseJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The JSON-LD text, safe inside a {@code <script>} element. */
    String of(CatalogueOffer offer, OfferCard card, DistrictList districts) {
        var details = offer.getDetails();
        var course = new LinkedHashMap<String, Object>();
        course.put("@context", "https://schema.org");
        course.put("@type", "Course");
        course.put("@id", absolute(card.href()));
        course.put("name", details.getTitle());
        course.put("description", details.getDescription() == null || details.getDescription().isBlank()
                ? details.getTitle() : details.getDescription());
        course.put("url", absolute(card.href()));
        course.put("inLanguage", "de");
        course.put("provider", Map.of("@type", "Organization", "name", offer.getProviderName()));
        if (!card.levels().isEmpty()) {
            course.put("educationalLevel", card.levels());
        }
        if (details.isFreeOfCharge()) {
            course.put("offers", List.of(free()));
        }
        course.put("hasCourseInstance", List.of(instance(details, card, districts)));
        // "<" only ever stands inside a JSON string here: as \u003c no text can close the script element
        return JSON.writeValueAsString(course).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> instance(OfferDetails details, OfferCard card, DistrictList districts) {
        var instance = new LinkedHashMap<String, Object>();
        instance.put("@type", "CourseInstance");
        instance.put("courseMode", courseMode(details.getFormat()));
        if (details.getStart() != null) {
            instance.put("startDate", details.getStart().toString());
        }
        if (details.getEnd() != null) {
            instance.put("endDate", details.getEnd().toString());
        }
        if (details.getSchedule() != null && !details.getSchedule().isBlank()) {
            instance.put("description", details.getSchedule());
        }
        if (details.getFormat() != OfferFormat.ONLINE) {
            instance.put("location", place(details, OfferCard.district(details, districts)));
        }
        if (details.isFreeOfCharge()) {
            instance.put("offers", List.of(free()));
        }
        return instance;
    }

    private static Map<String, Object> place(OfferDetails details, String district) {
        var address = new LinkedHashMap<String, Object>();
        address.put("@type", "PostalAddress");
        putIfPresent(address, "streetAddress", details.getStreet());
        putIfPresent(address, "postalCode", details.getPostalCode());
        putIfPresent(address, "addressLocality", details.getCity() != null ? details.getCity() : district);
        address.put("addressCountry", "DE");
        var place = new LinkedHashMap<String, Object>();
        place.put("@type", "Place");
        putIfPresent(place, "name", details.getVenue() != null ? details.getVenue() : district);
        place.put("address", address);
        return place;
    }

    private static Map<String, Object> free() {
        return Map.of("@type", "Offer", "category", "Free", "price", 0, "priceCurrency", "EUR");
    }

    static String courseMode(OfferFormat format) {
        return switch (format == null ? OfferFormat.IN_PERSON : format) {
            case IN_PERSON -> "onsite";
            case ONLINE -> "online";
            case HYBRID -> "blended";
        };
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path.replaceFirst("\\?.*$", "")).build()
                .toUriString();
    }
}
