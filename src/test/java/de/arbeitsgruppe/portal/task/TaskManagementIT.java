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
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Giving tasks and moving them on: who may do what, what is refused, and recurring duties. */
@SpringBootTest
@ActiveProfiles("test")
class TaskManagementIT {

    static final String CLARA = "clara.jobcenter";
    static final String JOBCENTER = "org-jobcenter-musterstadt";
    static final String CARITAS = "org-caritas-musterstadt";

    @Autowired
    TaskManagement tasks;
    @Autowired
    TaskReviews reviews;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Tasks stored;
    @Autowired
    OpenTaskIndex index;
    @Autowired
    de.arbeitsgruppe.portal.contact.ContactDirectory directory;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aPartnerGuessingTheIdOfAnotherOrganisationsInternalTaskFindsNothingAndChangesNothing() {
        var internal = asCoordinator(() -> tasks.create(task("Interne Aufgabe des Jobcenters", null, JOBCENTER)));

        assertThat(asPartner(() -> tasks.find(internal.getId()))).isEmpty();
        assertThatThrownBy(() -> asPartner(() -> tasks.changeStatus(internal.getId(), internal.getVersion(),
                TaskStatus.DONE, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> tasks.comment(internal.getId(), "Geraten")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored.findById(internal.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void aPartnerSeesItsOwnOrganisationsTasksAndThoseVisibleToPartnersButMovesOnlyItsOwn() {
        var own = asCoordinator(() -> tasks.create(task("Sprechzeiten melden", null, CARITAS)));
        var shared = task("Für Partner sichtbar", null, JOBCENTER);
        shared.setVisibility(Visibility.PARTNERS);
        var visible = asCoordinator(() -> tasks.create(shared));

        assertThat(asPartner(() -> tasks.find(own.getId()))).isPresent();
        assertThat(asPartner(() -> tasks.find(visible.getId()))).isPresent();
        assertThat(asPartner(() -> tasks.changeStatus(own.getId(), own.getVersion(), TaskStatus.IN_PROGRESS, null))
                .getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThatThrownBy(() -> asPartner(() -> tasks.changeStatus(visible.getId(), visible.getVersion(),
                TaskStatus.DONE, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOwnerSetsHerTaskInProgressAndCommentsWhileAMemberOfAnotherOrganisationMayNot() {
        var task = asCoordinator(() -> tasks.create(task("Quartalszahlen zusammenstellen", "c-jobcenter-clara", null)));
        assertThat(task.getOwnerName()).isEqualTo("Clara Jobcenter");
        assertThat(task.getOwnerUsername()).isEqualTo(CLARA);

        var moved = asClara(() -> tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.IN_PROGRESS, null));
        var commented = asClara(() -> tasks.comment(task.getId(), "Zahlen kommen Ende der Woche."));

        assertThat(moved.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(commented.getComments()).singleElement().satisfies(comment -> {
            assertThat(comment.getText()).isEqualTo("Zahlen kommen Ende der Woche.");
            assertThat(comment.getAuthorName()).isEqualTo("Clara Jobcenter");
        });
        assertThatThrownBy(() -> SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> tasks.comment(task.getId(), "Ich auch")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asClara(() -> tasks.mine(Set.of(), 100))).extracting(Task::getId).contains(task.getId());
    }

    @Test
    void aNewTaskDueYesterdayOrWithoutOwnerIsRefusedNamingTheFieldAndNothingIsSaved() {
        var before = stored.count();
        assertThatThrownBy(() -> asCoordinator(() -> tasks.create(new Task("Zu spät", Formats.today().minusDays(1)))))
                .isInstanceOfSatisfying(TaskRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("due");
                    assertThat(refused.messageKey()).isEqualTo("task.validation.duePast");
                });
        assertThatThrownBy(() -> asCoordinator(() -> tasks.create(new Task("Ohne Zuständige", Formats.today()))))
                .isInstanceOfSatisfying(TaskRefused.class, refused -> assertThat(refused.field()).isEqualTo("ownerOrganisationId"));
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void droppingATaskNeedsAReasonAndAStaleChangeIsAConflict() {
        var task = asCoordinator(() -> tasks.create(task("Entfällt vielleicht", null, JOBCENTER)));

        assertThatThrownBy(() -> asClara(() -> tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.DROPPED, " ")))
                .isInstanceOfSatisfying(TaskRefused.class, refused -> assertThat(refused.field()).isEqualTo("statusReason"));
        asClara(() -> tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.IN_PROGRESS, null));
        assertThatThrownBy(() -> asClara(() -> tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.DONE, null)))
                .isInstanceOf(ConflictException.class);

        task.setTitle("Vom Büro umbenannt");
        var shown = task.getVersion();
        assertThatThrownBy(() -> asCoordinator(() -> tasks.update(task))).isInstanceOf(ConflictException.class);
        var kept = stored.findById(task.getId()).orElseThrow();
        assertThat(kept.getTitle()).isEqualTo("Entfällt vielleicht");
        assertThat(kept.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.getVersion()).as("the form keeps the version it showed").isEqualTo(shown);
    }

    @Test
    void aRecurringTaskDoneEarlyHasItsNextOneAtOnceAndOnlyOnce() {
        var monthly = task("Datenaustausch Kommune – Agentur", null, "org-agentur-musterstadt");
        monthly.setDue(Formats.today().plusDays(3));
        monthly.setRepeat(TaskRepeat.monthly(5));
        var first = asCoordinator(() -> tasks.create(monthly));

        var done = asCoordinator(() -> tasks.changeStatus(first.getId(), first.getVersion(), TaskStatus.DONE, null));

        var expectedDue = TaskRepeat.monthly(5).after(first.getDue());
        var next = stored.findById(first.getId() + "-" + expectedDue).orElseThrow();
        assertThat(next.getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(next.getSeriesId()).isEqualTo(first.getId());
        assertThat(next.getOwnerName()).isEqualTo(first.getOwnerName());
        assertThat(done.isFollowUpCreated()).isTrue();
        var reopened = asCoordinator(() -> tasks.changeStatus(done.getId(), done.getVersion(), TaskStatus.OPEN, null));
        asCoordinator(() -> tasks.changeStatus(reopened.getId(), reopened.getVersion(), TaskStatus.DONE, null));
        assertThat(stored.findAll()).filteredOn(task -> first.getId().equals(task.getSeriesId())).hasSize(2);
    }

    @Test
    void theSessionGoesThroughOpenTasksOfEarlierMinutesAndRecordsTheirNewStateAllOrNothing() {
        var day = AgendaFixtures.farBehind();
        var earlier = session("Frühere Sitzung", day);
        var later = session("Spätere Sitzung", day.plusDays(30));
        var open = asCoordinator(() -> tasks.create(fromMinutes("Offen aus früherer Sitzung", earlier)));
        var other = asCoordinator(() -> tasks.create(fromMinutes("Zweite offene", earlier)));
        var fromLater = asCoordinator(() -> tasks.create(fromMinutes("Aus der späteren Sitzung", later)));

        var listed = asCoordinator(() -> reviews.forReview(later.getId()));
        assertThat(listed).extracting(Task::getId).contains(open.getId(), other.getId()).doesNotContain(fromLater.getId());

        assertThatThrownBy(() -> asCoordinator(() -> reviews.record(later.getId(), java.util.List.of(
                new TaskReviews.Entry(open.getId(), open.getVersion(), TaskReview.Outcome.DONE, null, null),
                new TaskReviews.Entry(other.getId(), other.getVersion(), TaskReview.Outcome.DROPPED, null, "")))))
                .isInstanceOfSatisfying(TaskRefused.class, refused -> assertThat(refused.taskId()).isEqualTo(other.getId()));
        assertThat(stored.findById(open.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.OPEN);

        var newDue = Formats.today().plusDays(40);
        asCoordinator(() -> reviews.record(later.getId(), java.util.List.of(
                new TaskReviews.Entry(open.getId(), open.getVersion(), TaskReview.Outcome.DONE, null, null),
                new TaskReviews.Entry(other.getId(), other.getVersion(), TaskReview.Outcome.EXTENDED, newDue, null))));

        var done = stored.findById(open.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(done.reviewIn(later.getId())).get().extracting(TaskReview::getOutcome).isEqualTo(TaskReview.Outcome.DONE);
        assertThat(stored.findById(other.getId()).orElseThrow().getDue()).isEqualTo(newDue);
        assertThat(asCoordinator(() -> reviews.forReview(later.getId()))).extracting(Task::getId)
                .contains(open.getId(), other.getId());
    }

    @Test
    void theDemoGivesEveryDemoOrganisationTasksOfEveryStateSomeOverdueSomeFromMinutesAndOneRecurring() {
        var demo = stored.findAll().stream().filter(task -> task.getId().startsWith("t-demo")).toList();
        for (String organisation : java.util.List.of("org-landkreis-musterstadt", "org-agentur-musterstadt", JOBCENTER,
                CARITAS)) {
            assertThat(demo).filteredOn(task -> task.getOwnerOrganisationId().equals(organisation))
                    .extracting(Task::getStatus).as(organisation).contains(TaskStatus.values());
            assertThat(demo).filteredOn(task -> task.getOwnerOrganisationId().equals(organisation))
                    .as(organisation).anyMatch(task -> task.isOverdue(Formats.today()));
        }
        assertThat(demo).filteredOn(task -> task.getOrigin() != null && !task.getOrigin().isEvaluation())
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(task -> assertThat(task.getOrigin().getDecisionNumber()).startsWith("B-"));
        // and one made of a point the demo process evaluation found not met
        assertThat(demo).filteredOn(task -> task.getOrigin() != null && task.getOrigin().isEvaluation()).singleElement()
                .satisfies(task -> assertThat(task.getOrigin().getEvaluationId()).isEqualTo("e-demo-2"));
        assertThat(demo).filteredOn(Task::isRecurring).extracting(Task::getStatus)
                .containsExactlyInAnyOrder(TaskStatus.DONE, TaskStatus.OPEN);
        assertThat(asClara(() -> tasks.mine(Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), 50))).isNotEmpty();
        assertThat(asPartner(() -> tasks.mine(Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), 50))).isNotEmpty();
    }

    @Test
    void aClosedTaskLeavesTheOpenListsAtOnceAndAnEntryLeftBehindByAFailedWriteIsGoneAfterTheRebuild() {
        var task = asCoordinator(() -> tasks.create(task("Schnell erledigt", "c-jobcenter-clara", null)));
        var open = Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
        assertThat(asClara(() -> tasks.mine(open, 1000))).extracting(Task::getId).contains(task.getId());

        var done = asClara(() -> tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.DONE, null));
        assertThat(asClara(() -> tasks.mine(open, 1000))).extracting(Task::getId).doesNotContain(task.getId());
        assertThat(asClara(() -> tasks.mine(Set.of(), 1000))).extracting(Task::getId).contains(done.getId());

        // as if the database had failed between the task's save and its entry's removal
        var stale = stored.findById(task.getId()).orElseThrow();
        stale.changeStatus(TaskStatus.OPEN, null, null);
        mongo.save(new OpenTaskEntry(stale));
        assertThat(asClara(() -> tasks.mine(open, 1000))).extracting(Task::getId).doesNotContain(task.getId());
        assertThat(mongo.findById(task.getId(), OpenTaskEntry.class)).isNotNull();

        index.rebuild();

        assertThat(mongo.findById(task.getId(), OpenTaskEntry.class)).isNull();
    }

    @Test
    void aPartnerOwningATaskFromAnInternalItemReadsTheMeetingButNotTheItemsTitle() {
        var meeting = session("Sitzung mit internem Punkt", AgendaFixtures.farBehind());
        var task = task("Beitrag der Caritas", null, CARITAS);
        task.setOrigin(new TaskOrigin(meeting.getId(), meeting.getAgenda().get(1).getId(), null, null));
        var given = asCoordinator(() -> tasks.create(task));

        var seen = asPartner(() -> tasks.find(given.getId())).orElseThrow();
        assertThat(seen.getOrigin().getMeetingTitle()).isEqualTo("Sitzung mit internem Punkt");
        assertThat(seen.getOrigin().getItemTitle()).isNull();
        assertThat(asPartner(() -> tasks.mine(Set.of(TaskStatus.OPEN), 1000))).filteredOn(mine -> mine.getId().equals(given.getId()))
                .singleElement().satisfies(mine -> assertThat(mine.getOrigin().getItemTitle()).isNull());
        assertThat(asCoordinator(() -> tasks.find(given.getId())).orElseThrow().getOrigin().getItemTitle())
                .isEqualTo("Sprachkurse");
    }

    @Test
    void theNextTasksOfARecurringDutyAreNotListedAsGivenInTheMeetingOfTheFirst() {
        var meeting = session("Sitzung mit Daueraufgabe", AgendaFixtures.farBehind());
        var monthly = fromMinutes("Monatliche Meldung", meeting);
        monthly.setRepeat(TaskRepeat.monthly(5));
        var first = asCoordinator(() -> tasks.create(monthly));
        asCoordinator(() -> tasks.changeStatus(first.getId(), first.getVersion(), TaskStatus.DONE, null));

        assertThat(stored.findAll()).filteredOn(task -> first.getId().equals(task.getSeriesId())).hasSize(2);
        assertThat(asCoordinator(() -> tasks.ofMeeting(meeting.getId()))).extracting(Task::getId)
                .containsExactly(first.getId());
    }

    @Test
    void anOlderCopyOfATaskNeverReplacesTheNewerEntryOfTheIndex() {
        var task = asCoordinator(() -> tasks.create(task("Zweimal gespeichert", "c-jobcenter-clara", null)));
        var older = stored.findById(task.getId()).orElseThrow();
        var newer = asClara(() -> tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.IN_PROGRESS, null));

        // a second node's callback for the older save arrives late
        index.onAfterSave(older, new org.bson.Document(), "tasks");

        var entry = mongo.findById(task.getId(), OpenTaskEntry.class);
        assertThat(entry.getVersion()).isEqualTo(newer.getVersion());
        assertThat(asClara(() -> tasks.mine(Set.of(TaskStatus.IN_PROGRESS), 1000))).extracting(Task::getId)
                .contains(task.getId());
    }

    @Test
    void aPersonWhoseEntryIsLinkedToTheirAccountLaterFindsTheTaskAmongTheirOwnUnderTheNewName() {
        var entry = asCoordinator(() -> directory.create(new de.arbeitsgruppe.portal.contact.Contact(
                de.arbeitsgruppe.portal.contact.ContactKind.PERSON, "Neue Kollegin", JOBCENTER)));
        var task = asCoordinator(() -> tasks.create(task("Einarbeitung planen", entry.getId(), null)));
        assertThat(asClara(() -> tasks.mine(Set.of(TaskStatus.OPEN), 1000))).extracting(Task::getId)
                .doesNotContain(task.getId());

        var linked = asCoordinator(() -> directory.find(entry.getId())).orElseThrow();
        linked.setName("Clara Neu");
        linked.setAccountUsername(CLARA);
        asCoordinator(() -> directory.update(linked));

        assertThat(asClara(() -> tasks.mine(Set.of(TaskStatus.OPEN), 1000))).filteredOn(mine -> mine.getId().equals(task.getId()))
                .singleElement().extracting(Task::getOwnerName).isEqualTo("Clara Neu");
    }

    private Meeting session(String title, java.time.LocalDateTime start) {
        var meeting = AgendaFixtures.meeting(title, start, 120, new AgendaItem("Stand der Aufgaben", 10),
                new AgendaItem("Sprachkurse", 30));
        return asCoordinator(() -> meetings.create(meeting, null));
    }

    private static Task fromMinutes(String title, Meeting meeting) {
        var task = task(title, null, JOBCENTER);
        task.setOrigin(new TaskOrigin(meeting.getId(), meeting.getAgenda().get(1).getId(), null, null));
        return task;
    }

    static Task task(String title, String contactId, String organisationId) {
        var task = new Task(title, LocalDate.now().plusDays(14));
        task.setOwner(contactId, organisationId);
        return task;
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static <T> T asPartner(Supplier<T> action) {
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, action);
    }

    private static <T> T asClara(Supplier<T> action) {
        return SignedIn.as(CLARA, Role.MEMBER, action);
    }
}
