package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.OfferFilter;
import de.arbeitsgruppe.portal.offer.OfferSort;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.ArrayList;
import java.util.List;

/** The filter in words, for the printed list: whoever gets the paper knows what it holds and what not. */
final class FilterWords {

    private FilterWords() {
    }

    static List<String> of(OfferFilter filter, DistrictList districts, CatalogueTexts t) {
        var words = new ArrayList<String>();
        if (!filter.kinds().isEmpty()) {
            words.add(t.format("catalogue.words.kind", String.join(", ",
                    filter.kinds().stream().sorted().map(kind -> t.label(kind.translationKey())).toList())));
        }
        if (filter.literacy()) {
            words.add(t.format("catalogue.words.level", t.get("offer.level.literacy")));
        } else if (filter.level() != null) {
            words.add(t.format("catalogue.words.level", t.label(filter.level().translationKey())));
        }
        if (!filter.districtIds().isEmpty()) {
            words.add(t.format("catalogue.words.district", String.join(", ", districts.getDistricts().stream()
                    .filter(district -> filter.districtIds().contains(district.getId())).map(d -> d.getName()).toList())));
        }
        if (filter.startFrom() != null) {
            words.add(t.format("catalogue.words.from", Formats.date(filter.startFrom())));
        }
        if (filter.startTo() != null) {
            words.add(t.format("catalogue.words.to", Formats.date(filter.startTo())));
        }
        flag(words, filter.freePlacesOnly(), t.get("catalogue.filter.freePlaces"));
        flag(words, filter.childcare(), t.get("catalogue.filter.childcare"));
        flag(words, filter.womenOnly(), t.get("catalogue.filter.womenOnly"));
        flag(words, filter.freeOfCharge(), t.get("catalogue.filter.freeOfCharge"));
        if (!filter.formats().isEmpty()) {
            words.add(t.format("catalogue.words.format", String.join(", ",
                    filter.formats().stream().sorted().map(format -> t.label(format.translationKey())).toList())));
        }
        if (filter.text() != null) {
            words.add(t.format("catalogue.words.text", filter.text()));
        }
        if (filter.sort() != OfferSort.START) {
            words.add(t.format("catalogue.words.sort", t.label(filter.sort().translationKey())));
        }
        return words.isEmpty() ? List.of(t.get("catalogue.words.none")) : List.copyOf(words);
    }

    private static void flag(List<String> words, boolean on, String text) {
        if (on) {
            words.add(text);
        }
    }
}
