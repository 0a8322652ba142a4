package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class MeetingListViewTest extends ViewTest {

    @Autowired
    MeetingManagement meetings;

    static final String INTERFACE_TALK = "Schnittstellengespräch Kommune – Jobcenter: Rechtskreiswechsel";
    static final String PARTNER_MEETING = "Austausch mit den Sprachkursträgern";
    static final String PUBLIC_EVENT = "Arbeitgeberinformationstag: Geflüchtete in Ausbildung und Arbeit";

    @Test
    void showsTheUpcomingMeetingsWithDateTypePlaceAndStateSoonestFirst() {
        var view = navigate(MeetingListView.class);

        assertThat(heading().getText()).isEqualTo("Termine");
        assertThat(titles(view)).contains(INTERFACE_TALK, PARTNER_MEETING, PUBLIC_EVENT, "Sitzung der Arbeitsgruppe");
        var rows = rows(view);
        assertThat(rows).allMatch(meeting -> !meeting.getState().equals(MeetingState.HELD));
        assertThat(IntStream.range(1, rows.size()))
                .allMatch(i -> !rows.get(i).getStart().isBefore(rows.get(i - 1).getStart()));
        int talk = titles(view).indexOf(INTERFACE_TALK);
        var list = view.list;
        assertThat(list.getCellText(talk, 1)).matches("\\d\\d\\.\\d\\d\\.\\d{4}, 14:00 – 15:30");
        assertThat(list.getCellText(talk, 2)).isEqualTo("Schnittstellengespräch");
        assertThat(list.getCellText(talk, 3)).isEqualTo("Jobcenter Musterstadt, Besprechungsraum 1");
        assertThat(list.getCellText(talk, 4)).isEqualTo("geplant");
        assertThat(list.getCellText(titles(view).indexOf(PARTNER_MEETING), 3)).isEqualTo("online");
    }

    @Test
    void showsPastMeetingsLatestFirstWhenAskedTo() {
        var view = navigate(MeetingListView.class);

        test(view.period).selectItem("Vergangene Termine");

        var rows = rows(view);
        assertThat(rows).isNotEmpty().extracting(Meeting::getTitle).contains("Sitzung der Arbeitsgruppe");
        assertThat(rows).noneMatch(meeting -> meeting.getTitle().equals(INTERFACE_TALK));
        // a session of the demo that took place (today's, or one another test forgot, may still be "geplant")
        int session = IntStream.range(0, rows.size()).filter(i -> rows.get(i).getTitle().equals("Sitzung der Arbeitsgruppe")
                && rows.get(i).getState() == MeetingState.HELD).findFirst().orElseThrow();
        assertThat(view.list.getCellText(session, 4)).isEqualTo("durchgeführt");
        assertThat(IntStream.range(1, rows.size()))
                .allMatch(i -> !rows.get(i).getStart().isAfter(rows.get(i - 1).getStart()));
    }

    @Test
    void flagsAPastMeetingThatNobodyRecordedAsHeldOrCancelled() {
        // ended an hour ago, so that it is among the first page of past meetings, latest first, whatever else is stored
        var start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        var forgotten = meetings.create(new Meeting(MeetingType.SESSION, "Vergessene Sitzung " + UUID.randomUUID(), start,
                start.plus(2, ChronoUnit.HOURS)), null);
        var view = navigate(MeetingListView.class);

        test(view.period).selectItem("Vergangene Termine");

        assertThat(titles(view)).contains(forgotten.getTitle());
        var row = titles(view).indexOf(forgotten.getTitle());
        assertThat(view.list.getCellText(row, 4)).isEqualTo("geplant – nicht abgeschlossen (als durchgeführt oder abgesagt eintragen)");
        assertThat(view.list.getCellComponent(row, 4).hasClassName("portal-flag")).isTrue();
        var held = firstRowIn(view, MeetingState.HELD);
        assertThat(view.list.getCellComponent(held, 4).hasClassName("portal-flag")).isFalse();
    }

    @Test
    void filtersByTheKindOfMeeting() {
        var view = navigate(MeetingListView.class);

        test(view.typeFilter).selectItem("Schnittstellengespräch");

        assertThat(rows(view)).isNotEmpty().allMatch(meeting -> meeting.getType() == MeetingType.INTERFACE_TALK);
        assertThat(titles(view)).contains(INTERFACE_TALK);
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void explainsAnEmptyResultAndHowToSeeAllMeetingsAgain() {
        // the demo's interface talks are internal, and no test stores one that is over and open to partners
        var view = navigate(MeetingListView.class);

        test(view.period).selectItem("Vergangene Termine");
        test(view.typeFilter).selectItem("Schnittstellengespräch");

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Keine Termine dieser Art im gewählten Zeitraum. "
                + "Leeren Sie das Feld „Art des Termins“, um alle zu sehen.");
    }

    @Test
    void linksEachMeetingByItsTitleToItsPage() {
        var view = navigate(MeetingListView.class);
        int talk = titles(view).indexOf(INTERFACE_TALK);

        var link = (Anchor) view.list.getCellComponent(talk, 0);

        assertThat(link.getText()).isEqualTo(INTERFACE_TALK);
        assertThat(link.getHref()).isEqualTo("termine/" + rows(view).get(talk).getId());
    }

    @Test
    void letsTheOfficePlanANewMeeting() {
        var view = navigate(MeetingListView.class);
        assertThat(view.create.getText()).isEqualTo("Neuer Termin");

        test(view.create).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingEditView.class);
        assertThat(heading().getText()).isEqualTo("Neuer Termin");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void showsAMemberAllInternalMeetingsButNoPlanningButton() {
        var view = navigate(MeetingListView.class);

        assertThat(titles(view)).contains(INTERFACE_TALK, PARTNER_MEETING, PUBLIC_EVENT);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsAPartnerOnlyMeetingsForPartnersAndThePublic() {
        var view = navigate(MeetingListView.class);

        assertThat(titles(view)).contains(PARTNER_MEETING, PUBLIC_EVENT)
                .doesNotContain(INTERFACE_TALK, "Sitzung der Arbeitsgruppe");
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsAPartnerThePastSessionsItsOrganisationWasInvitedToAndSaysWhenAKindHasNone() {
        var view = navigate(MeetingListView.class);

        test(view.period).selectItem("Vergangene Termine");

        // the demo invited the Caritas to three of the earlier sessions
        assertThat(titles(view)).filteredOn("Sitzung der Arbeitsgruppe"::equals).hasSize(3);
        test(view.typeFilter).selectItem("Schnittstellengespräch");
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("Keine Termine dieser Art im gewählten Zeitraum.");
    }

    private int firstRowIn(MeetingListView view, MeetingState state) {
        var rows = rows(view);
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).getState() == state).findFirst().orElseThrow();
    }

    private List<Meeting> rows(MeetingListView view) {
        return view.list.getItems();
    }

    private List<String> titles(MeetingListView view) {
        return rows(view).stream().map(Meeting::getTitle).toList();
    }
}
