package de.arbeitsgruppe.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.TaskReview.Outcome;
import de.arbeitsgruppe.portal.task.TaskReviews.Entry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** "Stand der Aufgaben": which tasks a session goes through, and recording all rows or none. */
@SpringBootTest
@ActiveProfiles("test")
class TaskReviewsIT {

    @Autowired
    TaskReviews reviews;
    @Autowired
    TaskManagement tasks;
    @Autowired
    MeetingManagement meetings;

    LocalDateTime day;
    Meeting earlier;
    Meeting session;

    @BeforeEach
    void aSessionAfterAnother() {
        day = AgendaFixtures.farBehind();
        earlier = meeting("Frühere Sitzung", day);
        session = meeting("Sitzung mit Stand der Aufgaben", day.plusDays(7));
    }

    @Test
    void listsTheOpenTasksOfEarlierMeetingsAndThoseRecordedInThisOneButNoneOfLaterMeetings() {
        var open = give(earlier, "Offen aus früherer Sitzung");
        var closedBefore = give(earlier, "Vorher erledigt");
        asCoordinator(() -> tasks.changeStatus(closedBefore.getId(), closedBefore.getVersion(), TaskStatus.DONE, null));
        var recordedHere = give(earlier, "Hier erledigt");
        asCoordinator(() -> reviews.record(session.getId(),
                List.of(new Entry(recordedHere.getId(), recordedHere.getVersion(), Outcome.DONE, null, null))));
        var ofThisSession = give(session, "In dieser Sitzung gegeben");
        var later = give(meeting("Spätere Sitzung", day.plusDays(14)), "Aus späterer Sitzung");

        var listed = ids(asCoordinator(() -> reviews.forReview(session.getId())));

        assertThat(listed).contains(open.getId(), recordedHere.getId())
                .doesNotContain(closedBefore.getId(), ofThisSession.getId(), later.getId());
        var recorded = asCoordinator(() -> tasks.find(recordedHere.getId())).orElseThrow();
        assertThat(recorded.getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(recorded.reviewIn(session.getId())).hasValueSatisfying(
                review -> assertThat(review.getOutcome()).isEqualTo(Outcome.DONE));
        // the next session no longer goes through it
        var next = meeting("Übernächste Sitzung", day.plusDays(21));
        assertThat(ids(asCoordinator(() -> reviews.forReview(next.getId())))).contains(open.getId())
                .doesNotContain(recordedHere.getId());
    }

    @Test
    void checksEveryRowBeforeSavingAny() {
        var first = give(earlier, "Erste Zeile");
        var second = give(earlier, "Zweite Zeile");
        var entries = List.of(new Entry(first.getId(), first.getVersion(), Outcome.DONE, null, null),
                new Entry(second.getId(), second.getVersion(), Outcome.DROPPED, null, " "));

        assertThatThrownBy(() -> asCoordinator(() -> reviews.record(session.getId(), entries)))
                .isInstanceOfSatisfying(TaskRefused.class, refused -> {
                    assertThat(refused.taskId()).isEqualTo(second.getId());
                    assertThat(refused.field()).isEqualTo("statusReason");
                });
        assertThat(asCoordinator(() -> tasks.find(first.getId())).orElseThrow().getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(asCoordinator(() -> tasks.find(first.getId())).orElseThrow().getReviews()).isEmpty();
    }

    @Test
    void refusesAnExtensionWithoutANewDateInTheFuture() {
        var task = give(earlier, "Verlängern");

        assertThatThrownBy(() -> asCoordinator(() -> reviews.record(session.getId(),
                List.of(new Entry(task.getId(), task.getVersion(), Outcome.EXTENDED, Formats.today().minusDays(1), null)))))
                .isInstanceOfSatisfying(TaskRefused.class, refused -> assertThat(refused.field()).isEqualTo("due"));

        var until = Formats.today().plusMonths(2);
        asCoordinator(() -> reviews.record(session.getId(),
                List.of(new Entry(task.getId(), task.getVersion(), Outcome.EXTENDED, until, null))));
        assertThat(asCoordinator(() -> tasks.find(task.getId())).orElseThrow().getDue()).isEqualTo(until);
    }

    @Test
    void aRowShownBeforeSomeoneChangedTheTaskIsAConflictAndSavesNothing() {
        var untouched = give(earlier, "Unverändert gezeigt");
        var changed = give(earlier, "Inzwischen geändert");
        asCoordinator(() -> tasks.changeStatus(changed.getId(), changed.getVersion(), TaskStatus.IN_PROGRESS, null));

        assertThatThrownBy(() -> asCoordinator(() -> reviews.record(session.getId(), List.of(
                new Entry(untouched.getId(), untouched.getVersion(), Outcome.DONE, null, null),
                new Entry(changed.getId(), changed.getVersion(), Outcome.DONE, null, null)))))
                .isInstanceOf(ConflictException.class);
        assertThat(asCoordinator(() -> tasks.find(untouched.getId())).orElseThrow().getStatus())
                .isEqualTo(TaskStatus.OPEN);
        assertThat(asCoordinator(() -> tasks.find(changed.getId())).orElseThrow().getStatus())
                .isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void onlyTheOfficeRecords() {
        var task = give(earlier, "Nur die Geschäftsstelle");

        assertThatThrownBy(() -> SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> reviews.record(session.getId(),
                List.of(new Entry(task.getId(), task.getVersion(), Outcome.DONE, null, null)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Task give(Meeting meeting, String title) {
        var task = new Task(title + " " + UUID.randomUUID().toString().substring(0, 8), Formats.today().plusDays(14));
        task.setOwner(null, "org-agentur-musterstadt");
        task.setVisibility(Visibility.INTERNAL);
        task.setOrigin(new TaskOrigin(meeting.getId(), meeting.getAgenda().getFirst().getId(), null, null));
        return asCoordinator(() -> tasks.create(task));
    }

    private Meeting meeting(String title, LocalDateTime start) {
        var meeting = AgendaFixtures.meeting(title, start, 120, new AgendaItem("Stand der Aufgaben", 20));
        return asCoordinator(() -> meetings.create(meeting, null));
    }

    private static List<String> ids(List<Task> listed) {
        return listed.stream().map(Task::getId).toList();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
