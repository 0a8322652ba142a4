package de.arbeitsgruppe.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.ViewTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class OverviewViewTest extends ViewTest {

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void greetsTheUserWithNameAndOrganisation() {
        var view = navigate(OverviewView.class);

        assertThat(view.heading.getText()).isEqualTo("Übersicht");
        assertThat(view.greeting.getText()).isEqualTo("Guten Tag, Anna Koordination (Landkreis Musterstadt).");
    }

    @Test
    @WithMockUser(username = "erik.admin", roles = "ADMIN")
    void linksAnAdminToEveryAreaIncludingTheAccounts() {
        navigate(OverviewView.class);

        assertThat(areaLinks()).containsExactly("Meine Aufgaben", "Organisationen", "Ansprechpartner", "Schnittstellen",
                "Zu bestätigen", "Synonyme für die Suche", "Kalender", "Termine", "Themenspeicher", "Beschlusssammlung", "Veranstaltungen", "Konten", "Postausgang", "Änderungsverlauf", "Datensicherung");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void linksACoordinatorToEveryAreaButTheAccounts() {
        navigate(OverviewView.class);

        assertThat(areaLinks()).containsExactly("Meine Aufgaben", "Organisationen", "Ansprechpartner", "Schnittstellen",
                "Zu bestätigen", "Synonyme für die Suche", "Kalender", "Termine", "Themenspeicher", "Beschlusssammlung", "Veranstaltungen");
        assertThat(areaTargets()).containsExactly("aufgaben/meine", "organisationen", "ansprechpartner", "schnittstellen",
                "ansprechpartner-pruefen", "synonyme", "kalender", "termine", "themenspeicher", "beschluesse", "veranstaltungen");
    }

    @Test
    @WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
    void linksAMemberToOrganisationsContactsTheCalendarAndTheInterfaceMatrix() {
        navigate(OverviewView.class);

        assertThat(areaLinks()).containsExactly("Meine Aufgaben", "Organisationen", "Ansprechpartner", "Schnittstellen", "Kalender",
                "Termine", "Themenspeicher", "Beschlusssammlung", "Veranstaltungen");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void linksAPartnerOnlyToOrganisationsContactsAndTheCalendar() {
        var view = navigate(OverviewView.class);

        assertThat(areaLinks()).containsExactly("Meine Aufgaben", "Organisationen", "Ansprechpartner", "Kalender", "Termine",
                "Beschlusssammlung", "Veranstaltungen");
        assertThat(view.greeting.getText()).isEqualTo("Guten Tag, Dora Caritas (Caritasverband Musterstadt).");
    }

    @Test
    @WithMockUser(username = "erik.admin", roles = "ADMIN")
    void explainsEveryAreaInAFullSentence() {
        var view = navigate(OverviewView.class);

        var hints = find(Paragraph.class, view.areas).all().stream().map(Paragraph::getText).toList();
        assertThat(hints).hasSize(areaLinks().size()).allSatisfy(hint -> assertThat(hint).doesNotStartWith("!").endsWith("."));
        assertThat(hints).contains("Wen rufe ich an? Suche nach Name, Funktion, Organisation oder Thema.");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void speaksEnglishToAUserWhoChoseEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // the start page was built before the switch; leaving it stands in for the reload after the switch
        var legal = navigate(LegalView.class);
        var view = navigate(OverviewView.class);

        assertThat(legal.heading.getText()).isEqualTo("Imprint and privacy");
        assertThat(view.heading.getText()).isEqualTo("Overview");
        assertThat(view.greeting.getText()).isEqualTo("Hello, Anna Koordination (Landkreis Musterstadt).");
        assertThat(areaLinks()).containsExactly("My tasks", "Organisations", "Contacts", "Interfaces", "To confirm", "Search synonyms", "Calendar",
                "Meetings", "Backlog", "Decision register", "Events");
    }

    private List<String> areaLinks() {
        var view = (OverviewView) getCurrentView();
        return find(Anchor.class, view.areas).all().stream().map(Anchor::getText).toList();
    }

    private List<String> areaTargets() {
        var view = (OverviewView) getCurrentView();
        return find(Anchor.class, view.areas).all().stream().map(Anchor::getHref).toList();
    }
}
