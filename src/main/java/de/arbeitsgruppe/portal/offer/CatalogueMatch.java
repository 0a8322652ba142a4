package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.shared.Texts;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Which published offers a filter finds, and in which order: plain rules, no database. */
final class CatalogueMatch {

    private CatalogueMatch() {
    }

    static Predicate<CatalogueOffer> of(OfferFilter filter, LocalDate today) {
        var words = Texts.queryTokens(filter.text()).stream().map(word -> " " + word).toList();
        return offer -> matches(offer, filter, words, today);
    }

    private static boolean matches(CatalogueOffer offer, OfferFilter filter, List<String> words, LocalDate today) {
        var details = offer.getDetails();
        if (details.isOverOn(today)) {
            return false;
        }
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(details.getKind())) {
            return false;
        }
        if (filter.literacy() && !details.isLiteracy() || filter.level() != null && !details.covers(filter.level())) {
            return false;
        }
        // an online offer has no district; Set.copyOf's sets throw on contains(null)
        if (!filter.districtIds().isEmpty()
                && (details.getDistrictId() == null || !filter.districtIds().contains(details.getDistrictId()))) {
            return false;
        }
        if (filter.freePlacesOnly() && !offer.hasFreePlaces()
                || filter.childcare() && !details.isChildcare()
                || filter.womenOnly() && !details.isWomenOnly()
                || filter.freeOfCharge() && !details.isFreeOfCharge()) {
            return false;
        }
        if (!filter.formats().isEmpty() && !filter.formats().contains(details.getFormat())) {
            return false;
        }
        if (!startsWithin(details, filter.startFrom(), filter.startTo(), today)) {
            return false;
        }
        var text = offer.getSearchText();
        return words.stream().allMatch(text::contains);
    }

    /**
     * A course with fixed dates is begun on its first day; one with continuous entry on any day it
     * runs from today on. Either must fall into the period asked for.
     */
    private static boolean startsWithin(OfferDetails details, LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return true;
        }
        var first = firstPossibleStart(details, today);
        if (first == null) {
            return false;
        }
        var last = details.isContinuousEntry() ? details.getEnd() : first;
        return (to == null || !first.isAfter(to)) && (from == null || last == null || !last.isBefore(from));
    }

    /** The first day someone can begin: the start, or today for a running course with continuous entry. */
    static LocalDate firstPossibleStart(OfferDetails details, LocalDate today) {
        if (details.isContinuousEntry()) {
            return details.getStart() == null || details.getStart().isBefore(today) ? today : details.getStart();
        }
        return details.getStart();
    }

    static Comparator<CatalogueOffer> order(OfferSort sort, LocalDate today) {
        Comparator<CatalogueOffer> byStart = Comparator.comparing(
                offer -> firstPossibleStart(offer.getDetails(), today), Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<CatalogueOffer> byTitle = Comparator.comparing(offer -> offer.getDetails().getTitle(),
                Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        var tail = byTitle.thenComparing(CatalogueOffer::getId);
        if (sort == OfferSort.FREE_PLACES) {
            return Comparator.comparing(CatalogueOffer::getFreePlaces, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byStart).thenComparing(tail);
        }
        return byStart.thenComparing(tail);
    }
}
