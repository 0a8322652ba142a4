package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.CefrLevel;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.Funding;
import de.arbeitsgruppe.portal.offer.OfferDetails;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;
import java.util.List;

/**
 * One offer as the catalogue's pages and exports show it: every value already a text in the visitor's
 * language (labels, dates as 24.11.2026), the provider's own texts as written.
 *
 * @param dates the period, "laufender Einstieg" or the start alone
 * @param freePlaces the number of free places, or in words that there are none or that the provider did not say
 * @param staleNote "Angaben vom 03.11.2026, evtl. nicht aktuell", or null while the offer is current
 */
public record OfferCard(String id, String title, String provider, String kind, String levels, String dates,
        String schedule, String district, String format, String freePlaces, boolean hasFreePlaces,
        boolean childcare, boolean womenOnly, boolean freeOfCharge, String staleNote, String href) {

    static OfferCard of(CatalogueOffer offer, CatalogueTexts t, DistrictList districts, LocalDate today,
            CatalogueLinks links) {
        var details = offer.getDetails();
        var stale = offer.staleSince(today);
        return new OfferCard(offer.getId(), details.getTitle(), offer.getProviderName(),
                details.getKind() == null ? "" : t.label(details.getKind().translationKey()), levels(details, t),
                dates(details, t), details.getSchedule(), district(details, districts), t.label(details.getFormat()
                        .translationKey()), freePlaces(offer, t), offer.hasFreePlaces(), details.isChildcare(),
                details.isWomenOnly(), details.isFreeOfCharge(),
                stale == null ? null : t.format("catalogue.stale", Formats.date(stale)), links.detail(offer.getId()));
    }

    static String levels(OfferDetails details, CatalogueTexts t) {
        if (details.isLiteracy()) {
            var literacy = t.get("offer.level.literacy");
            return details.getLevelTo() == null ? literacy : literacy + " – " + level(details.getLevelTo(), t);
        }
        if (details.getLevelFrom() == null && details.getLevelTo() == null) {
            return "";
        }
        if (details.getLevelFrom() == null || details.getLevelTo() == null || details.getLevelFrom() == details.getLevelTo()) {
            return level(details.getLevelFrom() == null ? details.getLevelTo() : details.getLevelFrom(), t);
        }
        return level(details.getLevelFrom(), t) + "–" + level(details.getLevelTo(), t);
    }

    private static String level(CefrLevel level, CatalogueTexts t) {
        return t.label(level.translationKey());
    }

    static String dates(OfferDetails details, CatalogueTexts t) {
        var start = Formats.date(details.getStart());
        var end = Formats.date(details.getEnd());
        if (details.isContinuousEntry()) {
            return end.isEmpty() ? t.get("catalogue.continuousEntry") : t.format("catalogue.continuousEntryUntil", end);
        }
        if (end.isEmpty()) {
            return start.isEmpty() ? "" : t.format("catalogue.from", start);
        }
        return start + " – " + end;
    }

    static String district(OfferDetails details, DistrictList districts) {
        return districts.find(details.getDistrictId()).map(found -> found.getName()).orElse("");
    }

    static String freePlaces(CatalogueOffer offer, CatalogueTexts t) {
        if (offer.getFreePlaces() == null) {
            return t.get("catalogue.places.unknown");
        }
        return offer.getFreePlaces() > 0 ? String.valueOf(offer.getFreePlaces()) : t.get("catalogue.places.none");
    }

    static List<String> fundings(OfferDetails details, CatalogueTexts t) {
        return details.getFundings() == null ? List.of()
                : details.getFundings().stream().sorted().map(Funding::translationKey).map(t::label).toList();
    }
}
