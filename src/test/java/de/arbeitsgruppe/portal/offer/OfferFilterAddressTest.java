package de.arbeitsgruppe.portal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferFilterAddressTest {

    @Test
    void readsBackEveryFilterItWrote() {
        var filter = new OfferFilter(Set.of(OfferKind.INTEGRATIONSKURS_FRAUEN, OfferKind.BERATUNG), CefrLevel.B1, false,
                Set.of("nord", "mitte"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), true, true, true,
                Set.of(OfferFormat.HYBRID), true, "Mütter café", OfferSort.FREE_PLACES, 3);

        var address = OfferFilterAddress.format(filter);

        assertThat(OfferFilterAddress.parse(parameters(address))).isEqualTo(filter);
        assertThat(address).contains("art=beratung", "niveau=b1", "frei=ja", "suche=M%C3%BCtter+caf%C3%A9", "seite=3");
    }

    @Test
    void writesNothingForTheWholeCatalogue() {
        assertThat(OfferFilterAddress.format(OfferFilter.NONE)).isEmpty();
        assertThat(OfferFilterAddress.parse(Map.of())).isEqualTo(OfferFilter.NONE);
    }

    @Test
    void keepsLiteracyAsALevelOfItsOwn() {
        var filter = OfferFilterAddress.parse(Map.of("niveau", List.of("ALPHA")));

        assertThat(filter.literacy()).isTrue();
        assertThat(filter.level()).isNull();
    }

    @Test
    void ignoresValuesThatMeanNothingAndKeepsTheRest() {
        var filter = OfferFilterAddress.parse(Map.of(
                "art", List.of("xyz", "beratung,<script>"),
                "niveau", List.of("Z9"),
                "von", List.of("gestern"),
                "bis", List.of("2027-02-30"),
                "seite", List.of("-3"),
                "frei", List.of("vielleicht"),
                "sortierung", List.of("zufall"),
                "format", List.of("online")));

        assertThat(filter.kinds()).containsExactly(OfferKind.BERATUNG);
        assertThat(filter.level()).isNull();
        assertThat(filter.startFrom()).isNull();
        assertThat(filter.startTo()).isNull();
        assertThat(filter.page()).isEqualTo(1);
        assertThat(filter.freePlacesOnly()).isFalse();
        assertThat(filter.sort()).isEqualTo(OfferSort.START);
        assertThat(filter.formats()).containsExactly(OfferFormat.ONLINE);
    }

    private static Map<String, List<String>> parameters(String query) {
        var parameters = new java.util.HashMap<String, List<String>>();
        for (String pair : query.split("&")) {
            var parts = pair.split("=", 2);
            parameters.computeIfAbsent(parts[0], key -> new java.util.ArrayList<>())
                    .add(java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
