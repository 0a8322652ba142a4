package de.arbeitsgruppe.portal.offer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.offer.OfferSupply;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import java.io.StringWriter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The supply overview on the demo offers: Waldheim has no published literacy course with childcare, Nord has one. */
@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class OfferSupplyViewTest extends ViewTest {

    private static final String LITERACY_WITH_CHILDCARE = "Alphabetisierungskurs mit Kinderbetreuung";

    @Autowired
    OfferSupply supply;

    @Test
    void showsTheDistrictsAsColumnsAndTheOffersWithoutADistrictLast() {
        var view = navigate(OfferSupplyView.class);

        assertThat(heading().getText()).isEqualTo("Versorgung mit Angeboten");
        assertThat(view.needs.getHeaders()).startsWith("Angebot", "Musterstadt-Mitte", "Musterstadt-Nord")
                .contains("Waldheim").endsWith("ohne Ortsteil / online");
        assertThat(view.kinds.getHeaders()).isEqualTo(view.needs.getHeaders());
        assertThat(view.kinds.getItems()).hasSize(18);
    }

    @Test
    void countsARunningLiteracyCourseWithChildcareAndItsFreePlaces() {
        var view = navigate(OfferSupplyView.class);

        var row = rowOf(view.needs, LITERACY_WITH_CHILDCARE);
        assertThat(view.needs.getCellText(row, column(view.needs, "Musterstadt-Nord")))
                .startsWith("1 laufend, 0 geplant").endsWith("freie Plätze");
    }

    @Test
    void marksADistrictWithoutALiteracyCourseWithChildcareAsAGapInWords() {
        var view = navigate(OfferSupplyView.class);

        var row = rowOf(view.needs, LITERACY_WITH_CHILDCARE);
        var waldheim = column(view.needs, "Waldheim");
        assertThat(view.needs.getCellText(row, waldheim)).as("the returned course there is not published")
                .isEqualTo("kein Angebot");
        assertThat(view.needs.getCellComponent(row, waldheim).hasClassName("portal-gap")).isTrue();
        assertThat(textOf(view)).contains("als „kein Angebot“ markiert");
    }

    @Test
    void leavesTheColumnWithoutADistrictWithoutGaps() {
        var view = navigate(OfferSupplyView.class);

        var row = rowOf(view.kinds, "Kinderbetreuung");
        var online = view.kinds.getHeaders().size() - 1;
        assertThat(view.kinds.getCellText(row, online)).isEqualTo("keine");
        assertThat(view.kinds.getCellComponent(row, online).hasClassName("portal-gap")).isFalse();
    }

    @Test
    void offersTheOverviewAsACsvFileWithOneLinePerDistrictAndKindOrNeed() {
        var view = navigate(OfferSupplyView.class);
        var csv = new StringWriter();

        supply.csv(csv);

        assertThat(view.csv.getText()).isEqualTo("Übersicht als CSV herunterladen");
        var lines = csv.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFOrtsteil;Angebotsart oder Bedarf;laufend;geplant;freie Plätze;Lücke");
        assertThat(lines).contains("Waldheim;" + LITERACY_WITH_CHILDCARE + ";0;0;0;kein Angebot");
        assertThat(lines.getLast()).startsWith("Stand: ");
        assertThat(lines).hasSize(1 + (18 + 5) * view.overview.columns().size() + 1);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void showsAMemberTheOverviewToo() {
        var view = navigate(OfferSupplyView.class);

        assertThat(view.needs.getItems()).hasSize(5);
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void deniesAPartnerTheOverview() {
        navigate(OfferSupplyView.ROUTE, ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    private static int rowOf(ResponsiveTable<?> table, String label) {
        return IntStream.range(0, table.getItems().size()).filter(i -> table.getCellText(i, 0).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static int column(ResponsiveTable<?> table, String header) {
        return table.getHeaders().indexOf(header);
    }
}
