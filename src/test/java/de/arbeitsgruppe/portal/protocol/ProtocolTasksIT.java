package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.ReviewLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.TaskLine;
import de.arbeitsgruppe.portal.protocol.internal.PdfChecks;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolPdf;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskOrigin;
import de.arbeitsgruppe.portal.task.TaskReview.Outcome;
import de.arbeitsgruppe.portal.task.TaskReviews;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The approved versions of the minutes keep the tasks of each item and "Stand der Aufgaben" as they stood. */
@SpringBootTest
@ActiveProfiles("test")
class ProtocolTasksIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProtocolManagement protocols;
    @Autowired
    ProtocolApproval approval;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    TaskManagement tasks;
    @Autowired
    TaskReviews reviews;
    @Autowired
    MongoTemplate mongo;

    LocalDateTime day;
    Meeting earlier;
    Decision decision;
    Task internal;
    Task shared;

    @BeforeEach
    void aSessionThatGaveTasks() {
        day = AgendaFixtures.farBehind();
        earlier = ProtocolFixtures.heldSession(meetings, "Sitzung mit Aufgaben " + suffix(), day);
        var item = ProtocolFixtures.item(earlier, 1);
        decision = asCoordinator(() -> {
            protocols.start(earlier.getId());
            return protocols.saveDecision(earlier.getId(), item,
                    new Decision("Die Kurse werden monatlich gemeldet.", DecisionResult.ADOPTED));
        });
        internal = give("Zahlen " + suffix(), item, null, Visibility.INTERNAL);
        shared = give("Kursplätze " + suffix(), item, decision, Visibility.PARTNERS);
    }

    @Test
    void theApprovedVersionListsTheTasksOfEachItemAndPartnersReadThoseNotInternal() throws Exception {
        asCoordinator(() -> ProtocolFixtures.approve(context, earlier.getId(), null, "Anna Koordination"));

        var content = asCoordinator(() -> approval.versions(earlier.getId())).getFirst().getContent();
        var lines = item(content, ProtocolFixtures.item(earlier, 1)).tasks();
        assertThat(lines).extracting(TaskLine::title).containsExactlyInAnyOrder(internal.getTitle(), shared.getTitle());
        var fromDecision = lines.stream().filter(line -> line.taskId().equals(shared.getId())).findFirst().orElseThrow();
        assertThat(fromDecision.owner()).isEqualTo("Agentur für Arbeit Musterstadt");
        assertThat(fromDecision.due()).isEqualTo(shared.getDue());
        assertThat(fromDecision.status()).isEqualTo("task.status.open");
        assertThat(fromDecision.decisionNumber()).isEqualTo(decision.getNumber());
        // the words of the titles: a cell may break a title over two lines
        assertThat(PdfChecks.text(ProtocolPdf.render(content))).contains(word(shared), word(internal),
                decision.getNumber());

        var partners = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> approval.versions(earlier.getId()))
                .getFirst().getContent();
        assertThat(item(partners, ProtocolFixtures.item(earlier, 1)).tasks()).extracting(TaskLine::title)
                .containsExactly(shared.getTitle());
    }

    @Test
    void theNextSessionsVersionRecordsUnderStandDerAufgabenWhatItDecidedAndWhatStaysOpen() throws Exception {
        var session = reviewSession(day.plusDays(7));
        asCoordinator(() -> {
            protocols.start(session.getId());
            return reviews.record(session.getId(), List.of(new TaskReviews.Entry(shared.getId(), shared.getVersion(),
                    Outcome.DROPPED, null, "Landesmeldung")));
        });
        asCoordinator(() -> ProtocolFixtures.approve(context, session.getId(), null, "Anna Koordination"));

        var content = asCoordinator(() -> approval.versions(session.getId())).getFirst().getContent();
        var lines = item(content, session.getAgenda().getFirst().getId()).reviews();
        var dropped = line(lines, shared);
        assertThat(dropped.outcome()).isEqualTo("dropped");
        assertThat(dropped.reason()).isEqualTo("Landesmeldung");
        assertThat(dropped.organisation()).isEqualTo("Agentur für Arbeit Musterstadt");
        assertThat(dropped.originDate()).isEqualTo(day.toLocalDate());
        assertThat(dropped.decisionNumber()).isEqualTo(decision.getNumber());
        assertThat(line(lines, internal).outcome()).isNull();
        assertThat(ProtocolText.of(content)).contains(shared.getTitle() + " · Agentur für Arbeit Musterstadt · "
                + Formats.date(shared.getDue()) + " · Sitzung vom " + Formats.date(day.toLocalDate()) + ", Beschluss "
                + decision.getNumber() + " · entfällt: Landesmeldung");
        assertThat(PdfChecks.text(ProtocolPdf.render(content))).contains("Offene Aufgaben aus früheren Protokollen",
                word(shared), word(internal), "Landesmeldung");

        var partners = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> approval.versions(session.getId()))
                .getFirst().getContent();
        assertThat(item(partners, session.getAgenda().getFirst().getId()).reviews()).extracting(ReviewLine::taskId)
                .contains(shared.getId()).doesNotContain(internal.getId());
    }

    @Test
    void aVersionStoredBeforeTasksExistedReadsAsOneWithoutTasks() throws Exception {
        var version = asCoordinator(() -> ProtocolFixtures.approve(context, earlier.getId(), null, "Anna Koordination"));
        var collection = mongo.getCollection(mongo.getCollectionName(ProtocolVersion.class));
        var raw = collection.find(Filters.eq("_id", version.getId())).first();
        for (Document item : raw.get("content", Document.class).getList("items", Document.class)) {
            item.remove("tasks");
            item.remove("reviews");
        }
        collection.replaceOne(Filters.eq("_id", version.getId()), raw);

        var content = asCoordinator(() -> approval.versions(earlier.getId())).getFirst().getContent();

        assertThat(content.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.tasks()).isEmpty();
            assertThat(item.reviews()).isEmpty();
        });
        assertThat(ProtocolText.of(content)).contains("Sprachkurse im Frühjahr").doesNotContain(word(shared));
        assertThat(PdfChecks.text(ProtocolPdf.render(content))).contains("Sprachkurse im Frühjahr");
    }

    private Task give(String title, String agendaItemId, Decision from, Visibility visibility) {
        var task = new Task(title, Formats.today().plusDays(21));
        task.setOwner(null, "org-agentur-musterstadt");
        task.setVisibility(visibility);
        task.setOrigin(new TaskOrigin(earlier.getId(), agendaItemId, from == null ? null : from.getId(),
                from == null ? null : from.getNumber()));
        return asCoordinator(() -> tasks.create(task));
    }

    private Meeting reviewSession(LocalDateTime start) {
        var meeting = AgendaFixtures.meeting("Sitzung mit Stand der Aufgaben " + suffix(), start, 120,
                new AgendaItem("Stand der Aufgaben", 20).markedPublic(), new AgendaItem("Verschiedenes", 10));
        meeting.setType(MeetingType.SESSION);
        meeting.setInvitedOrganisationIds(Set.of("org-caritas-musterstadt"));
        return asCoordinator(() -> meetings.create(meeting, null));
    }

    private static Item item(ProtocolContent content, String agendaItemId) {
        return content.items().stream().filter(item -> item.agendaItemId().equals(agendaItemId)).findFirst()
                .orElseThrow();
    }

    private static ReviewLine line(List<ReviewLine> lines, Task task) {
        return lines.stream().filter(line -> line.taskId().equals(task.getId())).findFirst().orElseThrow();
    }

    /** The distinctive word of a task's title. */
    private static String word(Task task) {
        return task.getTitle().substring(task.getTitle().indexOf(' ') + 1);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
