package de.arbeitsgruppe.portal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CatalogueMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void findsWordBeginningsWhateverTheCaseAndUmlauts() {
        var cafe = offer("cafe", details -> {
            details.setTitle("Sprachcafé für Mütter");
            details.setDescription("Deutsch üben beim Kaffee");
        });

        assertThat(finds("sprach", cafe)).isTrue();
        assertThat(finds("MUETTER", cafe)).isTrue();
        assertThat(finds("mutter kaff", cafe)).isTrue();
        assertThat(finds("SPRACHCAFE", cafe)).as("accents dropped").isTrue();
        assertThat(finds("achcafe", cafe)).as("not inside a word").isFalse();
        assertThat(finds("mutter tee", cafe)).as("every word must match").isFalse();
        assertThat(finds("trägerverein", cafe)).as("the provider's name counts too").isTrue();
    }

    @Test
    void findsCoursesThatCoverTheLevelAskedFor() {
        var a2ToB1 = offer("a2b1", details -> {
            details.setLevelFrom(CefrLevel.A2);
            details.setLevelTo(CefrLevel.B1);
        });
        var literacy = offer("alpha", details -> details.setLiteracy(true));

        assertThat(matches(filter(CefrLevel.B1, false), a2ToB1)).isTrue();
        assertThat(matches(filter(CefrLevel.A1, false), a2ToB1)).isFalse();
        assertThat(matches(filter(null, true), literacy)).isTrue();
        assertThat(matches(filter(null, true), a2ToB1)).isFalse();
    }

    @Test
    void letsCoursesWithContinuousEntryBeBegunAnyDayTheyRun() {
        var running = offer("running", details -> {
            details.setContinuousEntry(true);
            details.setStart(TODAY.minusMonths(2));
            details.setEnd(TODAY.plusMonths(4));
        });
        var fixed = offer("fixed", details -> details.setStart(TODAY.plusMonths(2)));
        var nextMonth = period(TODAY.plusMonths(1), TODAY.plusMonths(1).plusDays(30));

        assertThat(matches(nextMonth, running)).isTrue();
        assertThat(matches(nextMonth, fixed)).isFalse();
        assertThat(matches(period(TODAY.plusMonths(5), null), running)).as("ended by then").isFalse();
    }

    @Test
    void leavesOutOffersThatHaveEnded() {
        var ended = offer("ended", details -> {
            details.setStart(TODAY.minusMonths(3));
            details.setEnd(TODAY.minusDays(1));
        });

        assertThat(matches(OfferFilter.NONE, ended)).isFalse();
    }

    @Test
    void aDistrictFilterLeavesOutAnOnlineOfferWithoutADistrictInsteadOfFailing() {
        var filter = new OfferFilter(Set.of(), null, false, Set.of("nord"), null, null, false, false, false, Set.of(),
                false, null, OfferSort.START, 1);
        var online = offer("online", details -> details.setFormat(OfferFormat.ONLINE));
        var north = offer("north", details -> details.setDistrictId("nord"));
        var south = offer("south", details -> details.setDistrictId("sued"));

        assertThat(matches(filter, online)).isFalse();
        assertThat(matches(filter, north)).isTrue();
        assertThat(matches(filter, south)).isFalse();
    }

    @Test
    void putsTheMostFreePlacesFirstWhenAskedAndOffersWithoutAFigureLast() {
        var few = offer("few", details -> { });
        few.setFreePlaces(2);
        var many = offer("many", details -> { });
        many.setFreePlaces(9);
        var unknown = offer("unknown", details -> { });

        var sorted = new java.util.ArrayList<>(List.of(few, unknown, many));
        sorted.sort(CatalogueMatch.order(OfferSort.FREE_PLACES, TODAY));

        assertThat(sorted).extracting(CatalogueOffer::getId).containsExactly("many", "few", "unknown");
    }

    private static boolean finds(String text, CatalogueOffer offer) {
        return matches(new OfferFilter(Set.of(), null, false, Set.of(), null, null, false, false, false, Set.of(),
                false, text, OfferSort.START, 1), offer);
    }

    private static OfferFilter filter(CefrLevel level, boolean literacy) {
        return new OfferFilter(Set.of(), level, literacy, Set.of(), null, null, false, false, false, Set.of(), false,
                null, OfferSort.START, 1);
    }

    private static OfferFilter period(LocalDate from, LocalDate to) {
        return new OfferFilter(Set.of(), null, false, Set.of(), from, to, false, false, false, Set.of(), false, null,
                OfferSort.START, 1);
    }

    private static boolean matches(OfferFilter filter, CatalogueOffer offer) {
        return CatalogueMatch.of(filter, TODAY).test(offer);
    }

    private static CatalogueOffer offer(String id, Consumer<OfferDetails> details) {
        var offer = new Offer();
        offer.setId(id);
        offer.setVersion(1L);
        offer.setProviderName("Trägerverein Musterstadt");
        offer.getDetails().setKind(OfferKind.SPRACHCAFE_EHRENAMT);
        offer.getDetails().setTitle("Kurs " + id);
        offer.getDetails().setStart(TODAY.plusDays(7));
        details.accept(offer.getDetails());
        return new CatalogueOffer(offer, TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }
}
