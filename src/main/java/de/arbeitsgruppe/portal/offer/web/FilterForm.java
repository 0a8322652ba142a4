package de.arbeitsgruppe.portal.offer.web;

import de.arbeitsgruppe.portal.offer.CefrLevel;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.OfferFilter;
import de.arbeitsgruppe.portal.offer.OfferFilterAddress;
import de.arbeitsgruppe.portal.offer.OfferFormat;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.offer.OfferSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The filter form of the list, filled with the filter of the address: every choice with its label in
 * the visitor's language and whether it is chosen. Field names are those of {@link OfferFilterAddress},
 * so the form, sent by GET, gives the same address a link would.
 */
public record FilterForm(List<Option> kinds, List<Option> levels, List<Option> districts, List<Option> formats,
        List<Option> sorts, String from, String to, String text, boolean freePlaces, boolean childcare,
        boolean womenOnly, boolean freeOfCharge, int chosenKinds, int chosenDistricts) {

    /** One choice of a field: its value in the address, its label, and whether the filter has it. */
    public record Option(String value, String label, boolean selected) {
    }

    static FilterForm of(OfferFilter filter, DistrictList districtList, CatalogueTexts t) {
        var kinds = Arrays.stream(OfferKind.values()).map(kind -> new Option(OfferFilterAddress.slug(kind),
                t.label(kind.translationKey()), filter.kinds().contains(kind))).toList();
        var levels = new ArrayList<Option>();
        levels.add(new Option("", t.get("catalogue.filter.anyLevel"), filter.level() == null && !filter.literacy()));
        levels.add(new Option(OfferFilterAddress.LITERACY, t.get("offer.level.literacy"), filter.literacy()));
        Arrays.stream(CefrLevel.values()).forEach(level -> levels.add(new Option(OfferFilterAddress.slug(level),
                t.label(level.translationKey()), level == filter.level())));
        var districts = districtList.getDistricts().stream().map(district -> new Option(district.getId(),
                district.getName(), filter.districtIds().contains(district.getId()))).toList();
        var formats = Arrays.stream(OfferFormat.values()).map(format -> new Option(OfferFilterAddress.slug(format),
                t.label(format.translationKey()), filter.formats().contains(format))).toList();
        var sorts = Arrays.stream(OfferSort.values()).map(sort -> new Option(OfferFilterAddress.slug(sort),
                t.label(sort.translationKey()), sort == filter.sort())).toList();
        return new FilterForm(kinds, List.copyOf(levels), districts, formats, sorts,
                filter.startFrom() == null ? "" : filter.startFrom().toString(),
                filter.startTo() == null ? "" : filter.startTo().toString(),
                filter.text() == null ? "" : filter.text(), filter.freePlacesOnly(), filter.childcare(),
                filter.womenOnly(), filter.freeOfCharge(), filter.kinds().size(),
                (int) districts.stream().filter(Option::selected).count());
    }

    /** Whether a filter beyond the search words is set: then the folded filter opens by itself. */
    public boolean narrowed() {
        return chosenKinds > 0 || chosenDistricts > 0 || formats.stream().anyMatch(Option::selected)
                || levels.stream().skip(1).anyMatch(Option::selected) || !from.isEmpty() || !to.isEmpty()
                || freePlaces || childcare || womenOnly || freeOfCharge;
    }
}
