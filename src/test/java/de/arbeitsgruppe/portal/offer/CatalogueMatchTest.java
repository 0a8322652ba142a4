package de.arbeitsgruppe.portal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aDistrictFilterLeavesOutAnOnlineOfferWithoutADistrictInsteadOfFailing() {
        var filter = new OfferFilter(Set.of(), null, false, Set.of("nord"), null, null, false, false, false, Set.of(),
                false, null, OfferSort.START, 1);
        var matches = CatalogueMatch.of(filter, TODAY);

        assertThat(matches.test(offer(OfferFormat.ONLINE, null))).isFalse();
        assertThat(matches.test(offer(OfferFormat.IN_PERSON, "nord"))).isTrue();
        assertThat(matches.test(offer(OfferFormat.IN_PERSON, "sued"))).isFalse();
    }

    private static CatalogueOffer offer(OfferFormat format, String districtId) {
        var offer = new Offer();
        offer.setProviderName("Caritas");
        offer.getDetails().setKind(OfferKind.BERATUNG);
        offer.getDetails().setTitle("Beratung");
        offer.getDetails().setFormat(format);
        offer.getDetails().setDistrictId(districtId);
        offer.getDetails().setStart(TODAY);
        return new CatalogueOffer(offer, Instant.now());
    }
}
