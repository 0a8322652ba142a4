package de.arbeitsgruppe.portal.offer;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a visitor of the catalogue asks for. Empty sets and nulls ask for nothing.
 *
 * @param level a level the offer covers, or null; see {@link #literacy}
 * @param literacy only literacy courses ("Alphabetisierung")
 * @param startFrom offers that can be begun on or after this day (continuous entry: still running then)
 * @param startTo offers that can be begun on or before this day
 * @param text words, each the beginning of a word of title, description or provider
 * @param page the page, from 1
 */
public record OfferFilter(Set<OfferKind> kinds, CefrLevel level, boolean literacy, Set<String> districtIds,
        LocalDate startFrom, LocalDate startTo, boolean freePlacesOnly, boolean childcare, boolean womenOnly,
        Set<OfferFormat> formats, boolean freeOfCharge, String text, OfferSort sort, int page) {

    public static final OfferFilter NONE = new OfferFilter(Set.of(), null, false, Set.of(), null, null, false, false,
            false, Set.of(), false, null, OfferSort.START, 1);

    public OfferFilter {
        kinds = Set.copyOf(kinds);
        districtIds = Set.copyOf(districtIds);
        formats = Set.copyOf(formats);
        sort = sort == null ? OfferSort.START : sort;
        page = Math.max(1, page);
    }

    /**
     * The filter without districts that are not on the list (an old link to a district since removed,
     * a value typed by hand): those are ignored like any other value that means nothing.
     */
    public OfferFilter withKnownDistricts(DistrictList districts) {
        var known = districtIds.stream().filter(id -> districts.find(id).isPresent())
                .collect(java.util.stream.Collectors.toSet());
        return new OfferFilter(kinds, level, literacy, known, startFrom, startTo, freePlacesOnly, childcare,
                womenOnly, formats, freeOfCharge, text, sort, page);
    }

    public OfferFilter withPage(int page) {
        return new OfferFilter(kinds, level, literacy, districtIds, startFrom, startTo, freePlacesOnly, childcare,
                womenOnly, formats, freeOfCharge, text, sort, page);
    }
}
