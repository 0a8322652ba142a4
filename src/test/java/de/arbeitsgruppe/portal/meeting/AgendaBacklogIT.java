package de.arbeitsgruppe.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Role;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The backlog: who reads and keeps it, and that moving topics loses or doubles nothing. */
@SpringBootTest
@ActiveProfiles("test")
class AgendaBacklogIT {

    @Autowired
    AgendaBacklog backlog;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingRecords records;
    @Autowired
    MongoTemplate mongo;

    @Test
    void addsATopicWithWhoAddedItAndWhen() {
        var title = unique("Wohnsitzauflage");

        var added = asCoordinator(() -> backlog.add(new BacklogItem(title, 25)));

        assertThat(added.getCreatedBy()).isEqualTo("Anna Koordination");
        assertThat(added.getCreatedAt()).isNotNull();
        assertThat(added.getOrigin()).isEqualTo(BacklogItem.Origin.ADDED);
        assertThat(SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> backlog.list()))
                .extracting(BacklogItem::getTitle).contains(title);
    }

    @Test
    void schedulesTopicsOntoTheAgendaInTheirOrderAndTakesThemOutOfTheBacklog() {
        var first = topic(unique("Erstes Thema"));
        var second = topic(unique("Zweites Thema"));
        var meeting = meeting(new AgendaItem("Begrüßung", 5));

        var scheduled = asCoordinator(() -> backlog.schedule(List.of(second.getId(), first.getId()), meeting.getId()));

        assertThat(titles(scheduled)).containsExactly("Begrüßung", second.getTitle(), first.getTitle());
        assertThat(titles(stored(meeting))).containsExactly("Begrüßung", second.getTitle(), first.getTitle());
        assertThat(backlogTitles()).doesNotContain(first.getTitle(), second.getTitle());
    }

    @Test
    void schedulingAgainAfterAnInterruptionPutsTheTopicOnTheAgendaOnce() {
        var topic = topic(unique("Unterbrochen"));
        var meeting = meeting();
        asCoordinator(() -> backlog.schedule(List.of(topic.getId()), meeting.getId()));
        // as if the topic had not been deleted from the backlog after the meeting was written
        mongo.insert(topic);

        asCoordinator(() -> backlog.schedule(List.of(topic.getId()), meeting.getId()));

        assertThat(titles(stored(meeting))).containsOnlyOnce(topic.getTitle());
        assertThat(backlogTitles()).doesNotContain(topic.getTitle());
    }

    @Test
    void postponesAnItemFromAMeetingToTheBacklogOnce() {
        var title = unique("Vertagt");
        var meeting = meeting(new AgendaItem(title, 30), new AgendaItem("Bleibt", 10));
        var itemId = meeting.getAgenda().getFirst().getId();

        var kept = asCoordinator(() -> backlog.postpone(meeting.getId(), itemId));
        var again = asCoordinator(() -> backlog.postpone(meeting.getId(), itemId));

        assertThat(kept.getOrigin()).isEqualTo(BacklogItem.Origin.POSTPONED);
        assertThat(kept.getOriginMeetingTitle()).isEqualTo(meeting.getTitle());
        assertThat(again.getId()).isEqualTo(kept.getId());
        assertThat(titles(stored(meeting))).containsExactly("Bleibt");
        assertThat(backlogTitles()).containsOnlyOnce(title);
    }

    @Test
    void aPostponedItemGoesBackOntoAnAgendaWithItsPlannedTime() {
        var title = unique("Hin und zurück");
        var from = meeting(new AgendaItem(title, 45));
        var to = meeting();
        var kept = asCoordinator(() -> backlog.postpone(from.getId(), from.getAgenda().getFirst().getId()));

        asCoordinator(() -> backlog.schedule(List.of(kept.getId()), to.getId()));

        assertThat(stored(to).getAgenda()).singleElement()
                .satisfies(item -> assertThat(item.getPlannedMinutes()).isEqualTo(45));
    }

    @Test
    void leavesTheAgendaOfAHeldMeetingAlone() {
        var meeting = meeting(new AgendaItem("Behandelt", 10));
        var topic = topic(unique("Zu spät"));
        asCoordinator(() -> records.markHeld(meeting.getId(), Set.of(meeting.getAgenda().getFirst().getId())));

        assertThatThrownBy(() -> asCoordinator(() -> backlog.schedule(List.of(topic.getId()), meeting.getId())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(backlogTitles()).contains(topic.getTitle());
    }

    @Test
    void showsAConflictInsteadOfOverwritingAnotherCoordinatorsChange() {
        var topic = topic(unique("Zwei Bearbeitende"));
        var theirs = copyOf(topic);
        theirs.setTitle("Von nebenan");
        asCoordinator(() -> backlog.update(theirs));

        topic.setTitle("Meine Fassung");
        assertThatThrownBy(() -> asCoordinator(() -> backlog.update(topic))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> asCoordinator(() -> backlog.update(topic))).isInstanceOf(ConflictException.class);
        assertThat(backlogTitles()).contains("Von nebenan").doesNotContain("Meine Fassung");
    }

    @Test
    void refusesAnOverlongDescription() {
        var item = new BacklogItem(unique("Zu lang"), 10);
        item.setDescription("x".repeat(AgendaItem.MAX_DESCRIPTION + 1));

        assertThatThrownBy(() -> asCoordinator(() -> backlog.add(item))).isInstanceOf(ConstraintViolationException.class);
        assertThat(backlogTitles()).doesNotContain(item.getTitle());
    }

    @Test
    void membersReadButChangeNothingAndPartnersDoNotSeeTheBacklog() {
        var topic = topic(unique("Nur lesen"));
        var meeting = meeting();

        SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> {
            assertThat(backlog.list()).extracting(BacklogItem::getTitle).contains(topic.getTitle());
            assertThatThrownBy(() -> backlog.add(new BacklogItem("Mitglied", 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backlog.remove(topic.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backlog.schedule(List.of(topic.getId()), meeting.getId()))
                    .isInstanceOf(AccessDeniedException.class);
        });
        SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> {
            assertThatThrownBy(() -> backlog.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backlog.postpone(meeting.getId(), "x")).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(backlogTitles()).contains(topic.getTitle());
    }

    @Test
    void neverShowsSchedulesOrRemovesATopicOfAnotherWorkingGroup() {
        var foreign = mongo.insert(AgendaFixtures.topicOfOtherGroup(unique("Fremdes Thema")));
        var meeting = meeting();

        assertThat(backlogTitles()).doesNotContain(foreign.getTitle());
        assertThatThrownBy(() -> asCoordinator(() -> backlog.schedule(List.of(foreign.getId()), meeting.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> backlog.update(foreign))).isInstanceOf(AccessDeniedException.class);
        asCoordinator(() -> {
            backlog.remove(foreign.getId());
            return null;
        });
        assertThat(stored(meeting).getAgenda()).isEmpty();
        assertThat(mongo.findById(foreign.getId(), BacklogItem.class)).isNotNull();
    }

    @Test
    void neverSchedulesIntoAMeetingOfAnotherWorkingGroup() {
        var topic = topic(unique("Bleibt hier"));
        var foreign = AgendaFixtures.meeting("Sitzung anderswo", AgendaFixtures.farAhead(), 60);
        foreign.setId("m-anderswo-" + UUID.randomUUID());
        mongo.insert(AgendaFixtures.ofOtherGroup(foreign));

        assertThatThrownBy(() -> asCoordinator(() -> backlog.schedule(List.of(topic.getId()), foreign.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> backlog.postpone(foreign.getId(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(backlogTitles()).contains(topic.getTitle());
        assertThat(mongo.findById(foreign.getId(), Meeting.class).getAgenda()).isEmpty();
    }

    private BacklogItem topic(String title) {
        return asCoordinator(() -> backlog.add(new BacklogItem(title, 20)));
    }

    private BacklogItem copyOf(BacklogItem item) {
        return mongo.findById(item.getId(), BacklogItem.class);
    }

    private Meeting meeting(AgendaItem... items) {
        var meeting = AgendaFixtures.meeting(unique("Termin"), AgendaFixtures.farAhead(), 90, items);
        return asCoordinator(() -> meetings.create(meeting, null));
    }

    private Meeting stored(Meeting meeting) {
        return mongo.findById(meeting.getId(), Meeting.class);
    }

    private List<String> backlogTitles() {
        return asCoordinator(() -> backlog.list()).stream().map(BacklogItem::getTitle).toList();
    }

    private static List<String> titles(Meeting meeting) {
        return meeting.getAgenda().stream().map(AgendaItem::getTitle).toList();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
