package de.arbeitsgruppe.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import com.vaadin.flow.component.html.H2;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.InterfaceRow;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
class InterfaceMatrixViewTest extends ViewTest {

    static final int CONTACT = 1;
    static final int DEPUTY = 2;
    static final int MAILBOX = 3;

    @Test
    void showsOneSectionPerInterface() {
        navigate(InterfaceMatrixView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Kommune – Agentur für Arbeit",
                "Kommune – Jobcenter", "Agentur für Arbeit – Jobcenter");
        assertThat(find(ResponsiveTable.class).all()).hasSize(3);
    }

    @Test
    void listsTheAuthoritiesOnBothSidesOfAnInterface() {
        navigate(InterfaceMatrixView.class);

        var grid = section("Kommune – Agentur für Arbeit");
        assertThat(IntStream.range(0, grid.getItems().size()).mapToObj(i -> grid.getCellText(i, 0)))
                .containsExactlyInAnyOrder("Landkreis Musterstadt", "Agentur für Arbeit Musterstadt");
    }

    @Test
    void showsContactDeputyAndCentralMailboxOfAnAuthority() {
        navigate(InterfaceMatrixView.class);

        var grid = section("Kommune – Agentur für Arbeit");
        int kommune = rowOf(grid, "Landkreis Musterstadt");
        assertThat(cell(grid, kommune, CONTACT)).startsWith("Sabine Müller");
        assertThat(cell(grid, kommune, DEPUTY)).startsWith("Kemal Özdemir");
        assertThat(cell(grid, kommune, MAILBOX)).isEqualTo("integration@landkreis-musterstadt.example");
    }

    @Test
    void marksTheMissingCentralMailboxOfTheJobcenterAsNichtBenannt() {
        navigate(InterfaceMatrixView.class);

        for (var interfaceName : new String[] {"Kommune – Jobcenter", "Agentur für Arbeit – Jobcenter"}) {
            var grid = section(interfaceName);
            int jobcenter = rowOf(grid, "Jobcenter Musterstadt");
            assertThat(cell(grid, jobcenter, MAILBOX)).as(interfaceName).isEqualTo("nicht benannt");
            assertThat(grid.getCellComponent(jobcenter, MAILBOX).hasClassName("portal-gap")).isTrue();
        }
    }

    @Test
    void explainsHowGapsAreMarked() {
        var view = navigate(InterfaceMatrixView.class);

        assertThat(textOf(view)).contains("Lücken sind als „nicht benannt“ markiert.");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void deniesAPartnerTheInterfaceMatrix() {
        navigate("schnittstellen", ForbiddenView.class);

        assertThat(getCurrentView()).isInstanceOf(ForbiddenView.class);
        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    @SuppressWarnings("unchecked")
    private ResponsiveTable<InterfaceRow> section(String interfaceName) {
        return find(ResponsiveTable.class).withCondition(table -> table.getLabel().equals(interfaceName)).single();
    }

    private int rowOf(ResponsiveTable<InterfaceRow> table, String organisation) {
        return IntStream.range(0, table.getItems().size())
                .filter(i -> table.getItems().get(i).organisation().name().equals(organisation)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + organisation));
    }

    private String cell(ResponsiveTable<InterfaceRow> table, int row, int column) {
        return table.getCellText(row, column);
    }
}
