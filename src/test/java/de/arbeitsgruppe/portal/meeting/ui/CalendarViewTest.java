package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.meeting.MeetingsChanged;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntry;
import de.arbeitsgruppe.portal.shared.ui.calendar.EntryClickEvent;
import de.arbeitsgruppe.portal.shared.ui.calendar.EntryDropEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class CalendarViewTest extends ViewTest {

    static final String INTERFACE_TALK = "m-schnittstelle-kommune-jobcenter";
    static final String FIRST_SESSION = "m-ag-sitzung-1";
    static final String PARTNER_MEETING = "m-austausch-sprachkurstraeger";

    @Autowired
    MeetingManagement meetings;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Protocols protocols;
    @Autowired
    PortalProperties properties;

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void showsTheMeetingsOfTheVisibleMonthColouredByType() {
        var view = navigate(CalendarView.class);
        var talk = meetings.find(INTERFACE_TALK).orElseThrow();

        view.calendar.gotoDate(talk.localStart().toLocalDate());

        assertThat(heading().getText()).isEqualTo("Kalender");
        var entries = view.calendar.getEntries();
        assertThat(entries).filteredOn(entry -> entry.id().equals(INTERFACE_TALK)).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo(talk.getTitle());
            assertThat(entry.backgroundColour()).isEqualTo(MeetingType.INTERFACE_TALK.colour());
            assertThat(entry.textColour()).isEqualTo("#ffffff");
            assertThat(entry.start()).isEqualTo(talk.getStart());
            assertThat(entry.link()).isEqualTo("termine/" + INTERFACE_TALK);
            assertThat(entry.description()).startsWith("Schnittstellengespräch, geplant, Jobcenter Musterstadt");
        });
        assertThat(entries).filteredOn(entry -> entry.id().startsWith("m-ag-sitzung-")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.backgroundColour()).isEqualTo(MeetingType.SESSION.colour()));
        // lazy: only what overlaps the six weeks shown
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.end()).isAfter(view.calendar.getVisibleStart());
            assertThat(entry.start()).isBefore(view.calendar.getVisibleEnd());
        });
        assertThat(entries).extracting(CalendarEntry::id).doesNotContain("m-ag-sitzung-10");
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void explainsTheColoursInWordsAndLinksToTheListButNotToPlanning() {
        var view = navigate(CalendarView.class);

        assertThat(textOf(view.legend)).contains("Sitzung der Arbeitsgruppe", "Schnittstellengespräch",
                "Gemeinsame Veranstaltung", "Durchgestrichen: abgesagt");
        assertThat(view.meetingList.getHref()).isEqualTo("termine");
        assertThat(view.subscribe.getText()).isEqualTo("Kalender abonnieren");
        assertThat(view.subscribe.getHref()).isEqualTo("kalender/abo");
        assertThat(view.newMeeting.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void aMemberCannotDragMeetings() {
        var view = navigate(CalendarView.class);
        var talk = meetings.find(INTERFACE_TALK).orElseThrow();
        view.calendar.gotoDate(talk.localStart().toLocalDate());

        assertThat(view.calendar.isEditable()).isFalse();
        assertThat(view.calendar.getEntries()).isNotEmpty().noneMatch(CalendarEntry::editable);

        drop(view, INTERFACE_TALK, talk.localStart().plusDays(1));

        assertThat(view.rescheduleDialog).isNull();
        assertThat(notifications()).containsExactly("Dieser Eintrag lässt sich nicht verschieben.");
        assertThat(meetings.find(INTERFACE_TALK).orElseThrow().getStart()).isEqualTo(talk.getStart());
    }

    @Test
    @WithMockUser(username = SignedIn.PARTNER, roles = Role.PARTNER_NAME)
    void showsAPartnerOnlyTheMeetingsOpenToPartners() {
        var view = navigate(CalendarView.class);
        var partnerMeeting = meetings.find(PARTNER_MEETING).orElseThrow();
        view.calendar.gotoDate(partnerMeeting.localStart().toLocalDate());

        assertThat(view.calendar.getEntries()).extracting(CalendarEntry::id).contains(PARTNER_MEETING)
                .doesNotContain(INTERFACE_TALK).noneMatch(id -> id.startsWith("m-ag-sitzung-"));
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void clickingAnEntryOpensTheMeeting() {
        var view = navigate(CalendarView.class);
        var talk = meetings.find(INTERFACE_TALK).orElseThrow();
        view.calendar.gotoDate(talk.localStart().toLocalDate());

        ComponentUtil.fireEvent(view.calendar, new EntryClickEvent(view.calendar, true, INTERFACE_TALK));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("termine/" + INTERFACE_TALK);
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void aCoordinatorMayDragPlannedMeetingsButNotHeldOnes() {
        var view = navigate(CalendarView.class);
        assertThat(view.newMeeting.isVisible()).isTrue();
        assertThat(view.calendar.isEditable()).isTrue();

        view.calendar.gotoDate(meetings.find(INTERFACE_TALK).orElseThrow().localStart().toLocalDate());
        assertThat(view.calendar.getEntry(INTERFACE_TALK)).map(CalendarEntry::editable).contains(true);
        view.calendar.gotoDate(meetings.find(FIRST_SESSION).orElseThrow().localStart().toLocalDate());
        assertThat(view.calendar.getEntry(FIRST_SESSION)).map(CalendarEntry::editable).contains(false);
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void aCoordinatorChoosesBetweenOpeningAndMovingAMeetingWithoutDragging() {
        var meeting = ownMeeting();
        var view = navigate(CalendarView.class);
        view.calendar.gotoDate(meeting.localStart().toLocalDate());
        assertThat(view.moveHint.getText()).contains("ziehen", "„Verschieben“");

        ComponentUtil.fireEvent(view.calendar, new EntryClickEvent(view.calendar, true, meeting.getId()));
        roundTrip();
        test(view.entryMenu.move).click();
        var dialog = find(MoveDialog.class).single();
        test(dialog.start).setValue(meeting.localStart().plusDays(1));
        test(dialog.move).click();

        assertThat(meetings.find(meeting.getId()).orElseThrow().localStart()).isEqualTo(meeting.localStart().plusDays(1));
        assertThat(view.calendar.getEntry(meeting.getId())).map(CalendarEntry::start)
                .contains(meeting.getStart().plus(Duration.ofDays(1)));

        ComponentUtil.fireEvent(view.calendar, new EntryClickEvent(view.calendar, true, meeting.getId()));
        roundTrip();
        test(view.entryMenu.open).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("termine/" + meeting.getId());
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void aCoordinatorMovesAMeetingAfterConfirmingAndTheInviteesAreToldOfIt() {
        var meeting = ownMeeting();
        meetings.markInvited(meeting.getId());
        var view = navigate(CalendarView.class);
        view.calendar.gotoDate(meeting.localStart().toLocalDate());
        var newStart = meeting.localStart().plusDays(1).withHour(9);

        drop(view, meeting.getId(), newStart);

        var dialog = find(Confirmation.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Termin verschieben?");
        assertThat(dialog.getDetailTexts()).containsExactly(
                "Bisher: " + Formats.dateTime(meeting.getStart()) + "–14:30",
                "Neu: " + Formats.dateTime(at(newStart)) + "–09:30",
                "Die Eingeladenen erhalten eine Aktualisierung der Einladung.");
        assertThat(meetings.find(meeting.getId()).orElseThrow().getStart()).isEqualTo(meeting.getStart());

        dialog.confirm();

        var moved = meetings.find(meeting.getId()).orElseThrow();
        assertThat(moved.localStart()).isEqualTo(newStart);
        assertThat(moved.localEnd()).isEqualTo(newStart.plusMinutes(30));
        assertThat(notifications()).singleElement().asString().startsWith("Der Termin ist verschoben: ");
        assertThat(events.stream(MeetingsChanged.class))
                .anySatisfy(changed -> assertThat(changed.meetingIds()).containsExactly(meeting.getId()));
        assertThat(view.calendar.getEntry(meeting.getId())).map(CalendarEntry::start).contains(at(newStart));
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void cancellingTheConfirmationLeavesTheMeetingWhereItWas() {
        var meeting = ownMeeting();
        var view = navigate(CalendarView.class);
        view.calendar.gotoDate(meeting.localStart().toLocalDate());

        drop(view, meeting.getId(), meeting.localStart().plusDays(2));
        assertThat(view.rescheduleDialog.getDetailTexts())
                .endsWith("Die Einladung ist noch nicht verschickt; niemand wird benachrichtigt.");
        find(Confirmation.class).single().cancel();

        assertThat(meetings.find(meeting.getId()).orElseThrow().getStart()).isEqualTo(meeting.getStart());
        assertThat(view.calendar.getEntry(meeting.getId())).map(CalendarEntry::start).contains(meeting.getStart());
        assertThat(events.stream(MeetingsChanged.class)).isEmpty();
    }

    @Test
    @WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
    void showsACancelledMeetingStruckThroughAndDoesNotLetItBeMoved() {
        var meeting = ownMeeting();
        meetings.cancel(meeting.getId(), EditScope.THIS);
        var view = navigate(CalendarView.class);
        view.calendar.gotoDate(meeting.localStart().toLocalDate());

        assertThat(view.calendar.getEntry(meeting.getId())).hasValueSatisfying(entry -> {
            assertThat(entry.title()).isEqualTo("Abgesagt: " + meeting.getTitle());
            assertThat(entry.crossedOut()).isTrue();
            assertThat(entry.editable()).isFalse();
        });
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void aMeetingWithMinutesOffersToOpenThem() {
        var meeting = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, this::ownMeeting);
        ProtocolFixtures.store(protocols, meeting.getId(), properties.workingGroupId(), ProtocolState.CIRCULATING);
        var view = navigate(CalendarView.class);
        view.calendar.gotoDate(meeting.localStart().toLocalDate());

        ComponentUtil.fireEvent(view.calendar, new EntryClickEvent(view.calendar, true, meeting.getId()));
        roundTrip();

        assertThat(view.entryMenu.minutes.isVisible()).isTrue();
        assertThat(view.entryMenu.minutes.getText()).isEqualTo("Protokoll öffnen");
        assertThat(view.entryMenu.move.isVisible()).isFalse();
        test(view.entryMenu.minutes).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("termine/" + meeting.getId() + "/protokoll");
    }

    /** An interface talk of this test alone, 14:00–14:30 on a day a year or two ahead. */
    private Meeting ownMeeting() {
        var day = Formats.today().plusDays(400 + ThreadLocalRandom.current().nextInt(300));
        var meeting = new Meeting(MeetingType.INTERFACE_TALK, unique("Kalendertest"), null, null);
        meeting.setLocalStart(day.atTime(14, 0));
        meeting.setLocalEnd(day.atTime(14, 30));
        return meetings.create(meeting, null);
    }

    private static void drop(CalendarView view, String id, LocalDateTime start) {
        var entry = view.calendar.getEntry(id).orElseThrow();
        var end = start.plus(Duration.between(entry.start(), entry.end()));
        ComponentUtil.fireEvent(view.calendar, new EntryDropEvent(view.calendar, true, id, start.toString(),
                end.toString(), false));
    }

    private static Instant at(LocalDateTime berlin) {
        return berlin.atZone(Formats.ZONE).toInstant();
    }
}
