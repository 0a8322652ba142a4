package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

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
                + "OrtIHK Musterstadt, Saal 1VeranstalterAgentur für Arbeit Musterstadt");
        assertThat(textOf(card)).contains("Informationen für Arbeitgeber: Beschäftigung, Förderung und Ansprechpartner.",
                "Programm", "Begrüßung (15 Min.)", "Fördermöglichkeiten der Agentur (45 Min.)");
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
