package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.MainLayout;
import de.arbeitsgruppe.portal.shared.ui.PublicLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

class PublicEventsViewTest extends ViewTest {

    static final String PUBLIC_EVENT = "Arbeitgeberinformationstag: Geflüchtete in Ausbildung und Arbeit";

    @Autowired
    MeetingManagement meetings;

    @Test
    void showsAnonymousVisitorsThePublicEventWithTimePlaceAndProgramme() {
        var view = navigate(PublicEventsView.class);

        assertThat(heading().getText()).isEqualTo("Veranstaltungen");
        assertThat(titles()).contains(PUBLIC_EVENT);
        var card = card(PUBLIC_EVENT);
        assertThat(textOf(card.details)).matches("Wann\\d\\d\\.\\d\\d\\.\\d{4}, 09:00 – 13:00"
                + "OrtIHK Musterstadt, Saal 1VeranstalterAgentur für Arbeit Musterstadt"
                + "Fragen und Anmeldungkoordination@landkreis-musterstadt.example");
        assertThat(textOf(card)).contains("Informationen für Arbeitgeber: Beschäftigung, Förderung und Ansprechpartner.",
                "Programm");
        assertThat(find(ListItem.class, card.programme).all()).extracting(ViewTest::textOf).containsExactly(
                "09:00–09:15 Uhr Begrüßung (15 Min.)", "09:15–10:00 Uhr Fördermöglichkeiten der Agentur (45 Min.)",
                "10:00–11:00 Uhr Erfahrungen aus Betrieben (60 Min.)");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void showsNothingInternalNorForPartnersOnly() {
        var view = navigate(PublicEventsView.class);

        assertThat(titles()).doesNotContain("Schnittstellengespräch Kommune – Jobcenter: Rechtskreiswechsel",
                "Austausch mit den Sprachkursträgern", "Sitzung der Arbeitsgruppe");
        // the public event invites a guest and three authorities: none of that is for the public
        assertThat(textOf(view)).doesNotContain("Petra Lange", "petra.lange", "Landkreis Musterstadt",
                "Jobcenter Musterstadt");
    }

    @Test
    void leavesOutTheInternalItemsOfAPublicEventsProgramme() {
        var title = unique("Infoabend");
        var secret = unique("Interne Vorbesprechung");
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var event = MeetingDetailViewTest.meeting(title, MeetingType.JOINT_EVENT, 120);
            event.setVisibility(Visibility.PUBLIC);
            var internal = new AgendaItem(secret, 20);
            event.setAgenda(List.of(new AgendaItem("Vorstellung der Beratungsangebote", 60).markedPublic(), internal));
            return meetings.create(event, null);
        });

        navigate(PublicEventsView.class);

        assertThat(textOf(card(title))).contains("Vorstellung der Beratungsangebote (60 Min.)").doesNotContain(secret);
    }

    @Test
    void timesEachProgrammeItemAfterTheInternalItemsBeforeIt() {
        var title = unique("Infonachmittag");
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var event = MeetingDetailViewTest.meeting(title, MeetingType.JOINT_EVENT, 120);
            event.setVisibility(Visibility.PUBLIC);
            var talk = new AgendaItem("Fragen aus dem Publikum", 30).markedPublic();
            talk.setPresenter("Clara Jobcenter");
            event.setAgenda(List.of(new AgendaItem("Begrüßung", 10).markedPublic(), new AgendaItem("Intern", 20), talk));
            return meetings.create(event, null);
        });

        navigate(PublicEventsView.class);

        assertThat(find(ListItem.class, card(title).programme).all()).extracting(ViewTest::textOf).containsExactly(
                "09:00–09:10 Uhr Begrüßung (10 Min.)",
                "09:30–10:00 Uhr Fragen aus dem Publikum (30 Min.), Vortrag: Clara Jobcenter");
    }

    @Test
    void offersEachEventAsACalendarFileOfItsOwn() {
        navigate(PublicEventsView.class);

        var link = card(PUBLIC_EVENT).addToCalendar;
        assertThat(link.getText()).isEqualTo("In meinen Kalender (.ics)");
        assertThat(link.getHref()).isEqualTo("ical/veranstaltungen/m-arbeitgeberinformationstag.ics");
        assertThat(link.isRouterIgnore()).isTrue();
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("In meinen Kalender (.ics): " + PUBLIC_EVENT);
    }

    @Test
    @WithAnonymousUser
    void showsVisitorsThePublicHeaderInsteadOfTheSideMenu() {
        navigate(PublicEventsView.class);

        assertThat(find(MainLayout.class).all()).isEmpty();
        var layout = find(PublicLayout.class).single();
        var header = find(Header.class, layout).single();
        assertThat(find(Anchor.class, header).all()).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                tuple("Veranstaltungen", "veranstaltungen"), tuple("Angebotskatalog", "katalog"), tuple("Anmelden", "login"),
                tuple("Barrierefreiheit", "barrierefreiheit"), tuple("Impressum und Datenschutz", "impressum"));
        assertThat(find(Main.class, layout).single().getElement().getTextRecursively()).contains("Veranstaltungen");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = Role.MEMBER_NAME)
    void offersALoggedInUserTheWayBackIntoThePortal() {
        navigate(PublicEventsView.class);

        var layout = find(PublicLayout.class).single();
        assertThat(find(Anchor.class, find(Header.class, layout).single()).all()).extracting(Anchor::getText)
                .contains("Zum Portal")
                .doesNotContain("Anmelden");
    }

    @Test
    void offersAllPublicEventsAsCalendarSubscription() {
        var view = navigate(PublicEventsView.class);

        assertThat(view.subscribe.getText()).isEqualTo("Alle öffentlichen Termine abonnieren (.ics)");
        assertThat(view.subscribe.getHref()).isEqualTo("ical/oeffentlich.ics");
        assertThat(view.subscribe.isRouterIgnore()).isTrue();
    }

    private List<String> titles() {
        return find(PublicEventCard.class).all().stream().map(card -> find(H2.class, card).single().getText()).toList();
    }

    private PublicEventCard card(String title) {
        return find(PublicEventCard.class).all().stream()
                .filter(card -> find(H2.class, card).single().getText().equals(title)).findFirst().orElseThrow();
    }
}
