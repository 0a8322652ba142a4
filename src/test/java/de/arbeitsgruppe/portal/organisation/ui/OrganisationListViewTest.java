package de.arbeitsgruppe.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.organisation.Organisation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class OrganisationListViewTest extends ViewTest {

    @Test
    void listsTheOrganisationsOfTheWorkingGroup() {
        var view = navigate(OrganisationListView.class);

        assertThat(names(view)).contains("Agentur für Arbeit Musterstadt", "Caritasverband Musterstadt",
                "Jobcenter Musterstadt", "Landkreis Musterstadt");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void findsAnOrganisationByPartOfItsNameInLowerCase() {
        var view = navigate(OrganisationListView.class);

        test(view.search).setValue("agentur");

        assertThat(names(view)).containsExactly("Agentur für Arbeit Musterstadt");
    }

    @Test
    void findsAnOrganisationWhateverTheSpellingOfUmlauts() {
        var view = navigate(OrganisationListView.class);

        for (var spelling : List.of("Frühzeitige", "fruehzeitige", "FRUHZEITIGE")) {
            test(view.search).setValue(spelling);

            assertThat(names(view)).as(spelling).containsExactly("Agentur für Arbeit Musterstadt");
        }
    }

    @Test
    void findsOrganisationsMatchingEveryWordTyped() {
        var view = navigate(OrganisationListView.class);

        test(view.search).setValue("jobcenter muster");

        assertThat(names(view)).containsExactly("Jobcenter Musterstadt");
    }

    @Test
    void takesPunctuationInTheSearchLiterally() {
        var view = navigate(OrganisationListView.class);

        test(view.search).setValue("(Jobcenter) .*");

        assertThat(names(view)).containsExactly("Jobcenter Musterstadt");
    }

    @Test
    void filtersByKind() {
        var view = navigate(OrganisationListView.class);

        test(view.kinds).selectItem("Wohlfahrtsverband");

        assertThat(names(view)).containsExactly("Caritasverband Musterstadt", "Diakonisches Werk Musterstadt");
        assertThat(view.list.getCellText(0, 2)).isEqualTo("Wohlfahrtsverband");
    }

    @Test
    void showsTheEmptyStateWhenNothingMatches() {
        var view = navigate(OrganisationListView.class);

        test(view.search).setValue("Zzyzxverein");

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Keine Organisation passt zu Suche und Filter.");
    }

    @Test
    void showsAllOrganisationsAgainWhenTheSearchIsCleared() {
        var view = navigate(OrganisationListView.class);
        test(view.search).setValue("Zzyzxverein");

        test(view.search).clear();

        assertThat(view.list.isVisible()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(names(view)).contains("Landkreis Musterstadt");
    }

    @Test
    void linksEachOrganisationToItsProfile() {
        var view = navigate(OrganisationListView.class);
        test(view.search).setValue("Caritasverband");

        var link = (Anchor) view.list.getCellComponent(0, 0);

        assertThat(link.getText()).isEqualTo("Caritasverband Musterstadt");
        assertThat(link.getHref()).isEqualTo("organisationen/org-caritas-musterstadt");
    }

    @Test
    void offersNeueOrganisationToACoordinator() {
        var view = navigate(OrganisationListView.class);

        assertThat(view.create.isVisible()).isTrue();
        assertThat(view.create.getText()).isEqualTo("Neue Organisation");
        test(view.create).click();
        assertThat(getCurrentView()).isInstanceOf(OrganisationEditView.class);
    }

    @Test
    @WithMockUser(username = "erik.admin", roles = "ADMIN")
    void offersNeueOrganisationToAnAdmin() {
        var view = navigate(OrganisationListView.class);

        assertThat(view.create.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void doesNotOfferNeueOrganisationToAMember() {
        var view = navigate(OrganisationListView.class);

        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void doesNotOfferNeueOrganisationToAPartner() {
        var view = navigate(OrganisationListView.class);

        assertThat(view.create.isVisible()).isFalse();
        assertThat(names(view)).contains("Caritasverband Musterstadt", "Jobcenter Musterstadt");
    }

    static List<String> names(OrganisationListView view) {
        return view.list.getItems().stream().map(Organisation::getName).toList();
    }
}
