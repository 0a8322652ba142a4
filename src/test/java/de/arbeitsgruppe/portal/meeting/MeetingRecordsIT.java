package de.arbeitsgruppe.portal.meeting;

import static de.arbeitsgruppe.portal.meeting.AgendaFixtures.GUEST;
import static de.arbeitsgruppe.portal.meeting.AgendaFixtures.WEBER;
import static de.arbeitsgruppe.portal.meeting.AgendaFixtures.YILMAZ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Attendance and closing a meeting: where items not dealt with go, and who may record what. */
@SpringBootTest
@ActiveProfiles("test")
class MeetingRecordsIT {

    @Autowired
    MeetingRecords records;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    AgendaBacklog backlog;
    @Autowired
    MongoTemplate mongo;

    @Test
    void carriesItemsNotDealtWithOverToTheNextDateOfTheSeries() {
        var dates = series(3, "Bericht Sprachkurse", "Fallzahlen", "Verschiedenes");
        var first = dates.get(0);
        var dealt = Set.of(first.getAgenda().get(0).getId());

        var carried = asCoordinator(() -> records.markHeld(first.getId(), dealt));

        assertThat(carried.nextDate().getId()).isEqualTo(dates.get(1).getId());
        assertThat(titles(carried.items())).containsExactly("Fallzahlen", "Verschiedenes");
        assertThat(titles(stored(dates.get(1)).getAgenda()))
                .containsExactly("Bericht Sprachkurse", "Fallzahlen", "Verschiedenes", "Fallzahlen", "Verschiedenes");
        assertThat(stored(dates.get(2)).getAgenda()).hasSize(3);
        var held = stored(first);
        assertThat(held.getState()).isEqualTo(MeetingState.HELD);
        assertThat(held.getAgenda()).extracting(AgendaItem::isDealtWith).containsExactly(true, false, false);
    }

    @Test
    void skipsACancelledDateWhenCarryingOver() {
        var dates = series(3, "Offener Punkt");
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> meetings.cancel(dates.get(1).getId(), EditScope.THIS));

        var carried = asCoordinator(() -> records.markHeld(dates.get(0).getId(), Set.of()));

        assertThat(carried.nextDate().getId()).isEqualTo(dates.get(2).getId());
        assertThat(titles(stored(dates.get(2)).getAgenda())).containsExactly("Offener Punkt", "Offener Punkt");
        assertThat(titles(stored(dates.get(1)).getAgenda())).containsExactly("Offener Punkt");
    }

    @Test
    void movesWhatTheLastDateOfASeriesLeftOpenToTheBacklog() {
        var title = "Rest der Reihe " + UUID.randomUUID();
        var dates = series(2, title);
        asCoordinator(() -> records.markHeld(dates.get(0).getId(), Set.of()));

        var carried = asCoordinator(() -> records.markHeld(dates.get(1).getId(), Set.of()));

        assertThat(carried.nextDate()).isNull();
        var topic = topicTitled(title);
        assertThat(topic.getOrigin()).isEqualTo(BacklogItem.Origin.NOT_DEALT_WITH);
        assertThat(topic.getOriginMeetingId()).isEqualTo(dates.get(1).getId());
        assertThat(topic.getOriginDate()).isEqualTo(dates.get(1).localStart().toLocalDate());
    }

    @Test
    void movesWhatASingleMeetingLeftOpenToTheBacklog() {
        var title = "Offen nach Einzeltermin " + UUID.randomUUID();
        var meeting = single(new AgendaItem("Erledigt", 10), new AgendaItem(title, 20));

        asCoordinator(() -> records.markHeld(meeting.getId(), Set.of(meeting.getAgenda().get(0).getId())));

        assertThat(topicTitled(title).getPlannedMinutes()).isEqualTo(20);
        assertThat(backlogTitles()).doesNotContain("Erledigt");
    }

    @Test
    void aSecondAttemptAfterAnInterruptionCarriesNothingOverTwice() {
        var dates = series(2, "Noch offen");
        asCoordinator(() -> records.markHeld(dates.get(0).getId(), Set.of()));
        // as if the meeting itself had not been written after the next date was
        mongo.updateFirst(new Query(Criteria.where("_id").is(dates.get(0).getId())),
                new Update().set("state", MeetingState.PLANNED), Meeting.class);

        asCoordinator(() -> records.markHeld(dates.get(0).getId(), Set.of()));

        assertThat(titles(stored(dates.get(1)).getAgenda())).containsExactly("Noch offen", "Noch offen");
        assertThat(stored(dates.get(0)).getState()).isEqualTo(MeetingState.HELD);
    }

    @Test
    void aSecondAttemptAfterAnInterruptionPutsATopicIntoTheBacklogOnce() {
        var title = "Einmal in den Speicher " + UUID.randomUUID();
        var meeting = single(new AgendaItem(title, 15));
        asCoordinator(() -> records.markHeld(meeting.getId(), Set.of()));
        mongo.updateFirst(new Query(Criteria.where("_id").is(meeting.getId())),
                new Update().set("state", MeetingState.PLANNED), Meeting.class);

        asCoordinator(() -> records.markHeld(meeting.getId(), Set.of()));

        assertThat(backlogTitles()).containsOnlyOnce(title);
    }

    @Test
    void closingAMeetingSomeoneElseClosedIsAConflict() {
        var meeting = single(new AgendaItem("Punkt", 10));
        asCoordinator(() -> records.markHeld(meeting.getId(), Set.of(meeting.getAgenda().getFirst().getId())));

        assertThatThrownBy(() -> asCoordinator(() -> records.markHeld(meeting.getId(), Set.of())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesItemsThatAreNotOnTheAgenda() {
        var meeting = single(new AgendaItem("Punkt", 10));

        assertThatThrownBy(() -> asCoordinator(() -> records.markHeld(meeting.getId(), Set.of("erfunden"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored(meeting).getState()).isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void recordsWhoWasThereAmongInvitedContactsAndGuests() {
        var meeting = single();

        asCoordinator(() -> records.recordAttendance(meeting.getId(), meeting.getVersion(), Map.of(WEBER, Attendance.PRESENT,
                YILMAZ, Attendance.EXCUSED, GUEST.attendanceKey(), Attendance.ABSENT)));

        assertThat(stored(meeting).getAttendance()).containsExactlyInAnyOrderEntriesOf(Map.of(WEBER, Attendance.PRESENT,
                YILMAZ, Attendance.EXCUSED, GUEST.attendanceKey(), Attendance.ABSENT));
    }

    @Test
    void attendanceRecordedOnAnOutdatedVersionIsAConflictAndKeepsTheOtherList() {
        var meeting = single();
        asCoordinator(() -> records.recordAttendance(meeting.getId(), meeting.getVersion(),
                Map.of(WEBER, Attendance.PRESENT)));

        assertThatThrownBy(() -> asCoordinator(() -> records.recordAttendance(meeting.getId(), meeting.getVersion(),
                Map.of(WEBER, Attendance.EXCUSED)))).isInstanceOf(ConflictException.class);

        assertThat(stored(meeting).getAttendance()).containsExactlyEntriesOf(Map.of(WEBER, Attendance.PRESENT));
    }

    @Test
    void refusesAttendanceOfSomeoneWhoWasNotInvited() {
        var meeting = single();

        assertThatThrownBy(() -> asCoordinator(() -> records.recordAttendance(meeting.getId(), meeting.getVersion(),
                Map.of(WEBER, Attendance.PRESENT, "c-kommune-mueller", Attendance.PRESENT))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored(meeting).getAttendance()).isEmpty();
    }

    @Test
    void membersAndPartnersRecordNothing() {
        var meeting = single(new AgendaItem("Punkt", 10));

        for (var user : List.of(SignedIn.MEMBER, SignedIn.PARTNER)) {
            var role = user.equals(SignedIn.MEMBER) ? Role.MEMBER : Role.PARTNER;
            assertThatThrownBy(() -> SignedIn.as(user, role, () -> records.recordAttendance(meeting.getId(), meeting.getVersion(),
                    Map.of(WEBER, Attendance.PRESENT)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(user, role, () -> records.markHeld(meeting.getId(), Set.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stored(meeting).getState()).isEqualTo(MeetingState.PLANNED);
        assertThat(stored(meeting).getAttendance()).isEmpty();
    }

    @Test
    void neverTouchesAMeetingOfAnotherWorkingGroup() {
        var foreign = AgendaFixtures.meeting("Sitzung anderswo", AgendaFixtures.farAhead(), 60,
                new AgendaItem("Fremder Punkt", 10));
        foreign.setId("m-anderswo-" + UUID.randomUUID());
        mongo.insert(AgendaFixtures.ofOtherGroup(foreign));

        assertThatThrownBy(() -> asCoordinator(() -> records.markHeld(foreign.getId(), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> records.recordAttendance(foreign.getId(), foreign.getVersion(),
                Map.of(WEBER, Attendance.PRESENT)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> records.nextDate(foreign.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mongo.findById(foreign.getId(), Meeting.class).getState()).isEqualTo(MeetingState.PLANNED);
    }

    private List<Meeting> series(int count, String... itemTitles) {
        var template = AgendaFixtures.meeting("Reihe " + UUID.randomUUID(), AgendaFixtures.farAhead(), 120,
                List.of(itemTitles).stream().map(title -> new AgendaItem(title, 20)).toArray(AgendaItem[]::new));
        var first = asCoordinator(() -> meetings.create(template, Recurrence.weekly(1, null, count)));
        return asCoordinator(() -> meetings.series(first.getSeriesId()));
    }

    private Meeting single(AgendaItem... items) {
        var meeting = AgendaFixtures.meeting("Einzeltermin " + UUID.randomUUID(), AgendaFixtures.farAhead(), 90, items);
        return asCoordinator(() -> meetings.create(meeting, null));
    }

    private Meeting stored(Meeting meeting) {
        return mongo.findById(meeting.getId(), Meeting.class);
    }

    private BacklogItem topicTitled(String title) {
        return asCoordinator(() -> backlog.list()).stream().filter(item -> item.getTitle().equals(title))
                .findFirst().orElseThrow();
    }

    private List<String> backlogTitles() {
        return asCoordinator(() -> backlog.list()).stream().map(BacklogItem::getTitle).toList();
    }

    private static List<String> titles(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::getTitle).toList();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
