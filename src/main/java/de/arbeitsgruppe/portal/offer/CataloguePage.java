package de.arbeitsgruppe.portal.offer;

import java.util.List;

/**
 * One page of the catalogue.
 *
 * @param offers the offers of the page, without their long texts (see {@link OfferCatalogue#find})
 * @param total how many offers the filter finds
 */
public record CataloguePage(List<CatalogueOffer> offers, int total, int page, int pageSize) {

    public CataloguePage {
        offers = List.copyOf(offers);
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }
}
