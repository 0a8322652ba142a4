package de.arbeitsgruppe.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the task pages cost with 50,000 tasks given in 2,000 meetings over ten years, in the embedded
 * database: the server time of "Meine Aufgaben" (a member of the Jobcenter), the office's filtered
 * list (first page and count), the start page's task queries, and "Stand der Aufgaben" of the latest
 * session. Prints medians and p90; asserts only that the answers are right, never a time. Its own
 * working group and context, so the data stays out of other tests.
 *
 * <p>{@code ./mvnw verify -Dvaadin.skip -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TaskBenchmarkIT}
 */
@SpringBootTest(properties = "portal.working-group-id=" + TaskBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class TaskBenchmarkIT {

    static final String WORKING_GROUP = "ag-benchmark-aufgaben";
    private static final int MEETINGS = 2_000;
    private static final int TASKS_PER_MEETING = 25;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 50;
    private static final String CLARA = "clara.jobcenter";
    private static final List<String> DEMO_ORGANISATIONS = List.of("org-landkreis-musterstadt",
            "org-agentur-musterstadt", "org-jobcenter-musterstadt", "org-caritas-musterstadt");
    private static final List<String> TITLES = List.of("Fallzahlen zusammenstellen", "Ansprechperson benennen",
            "Kursplätze melden", "Bericht entwerfen", "Termin mit den Kammern abstimmen", "Flyer aktualisieren",
            "Datenaustausch vorbereiten", "Stellungnahme abgeben", "Schulung planen", "Verteiler pflegen");

    @Autowired
    TaskManagement tasks;
    @Autowired
    TaskReviews reviews;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OpenTaskIndex index;
    @Autowired
    de.arbeitsgruppe.portal.protocol.ProtocolManagement protocols;
    @Autowired
    de.arbeitsgruppe.portal.contact.ContactDirectory directory;

    @Test
    void measuresTheTaskPagesAndChecksTheirAnswers() {
        var today = Formats.today();
        var session = asCoordinator(() -> meetings.create(latestSession(today), null));
        seed(today);
        // seeded straight into the collection, past the callback that keeps the index of open tasks
        index.rebuild();
        var inGroup = mongo.find(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP)), Task.class);
        assertThat(inGroup).hasSizeGreaterThanOrEqualTo(MEETINGS * TASKS_PER_MEETING);

        var open = EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
        var office = TaskFilter.OPEN.withOrganisation("org-agentur-musterstadt").withOverdue(true);
        var mine = asClara(() -> tasks.mine(open, 50));
        var expectedMine = inGroup.stream().filter(Task::isOpen)
                .filter(task -> CLARA.equals(task.getOwnerUsername())
                        || task.getOwnerContactId() == null && "org-jobcenter-musterstadt".equals(task.getOwnerOrganisationId()))
                .count();
        assertThat(mine).hasSize((int) Math.min(50, expectedMine)).allMatch(Task::isOpen)
                .isSortedAccordingTo(java.util.Comparator.comparing(Task::getDue));
        var officePage = asCoordinator(() -> tasks.search(office, 0, 50));
        assertThat(officePage).isNotEmpty().allMatch(task -> task.isOverdue(today)
                && task.getOwnerOrganisationId().equals("org-agentur-musterstadt"));
        var overdueCounts = asCoordinator(() -> tasks.overdueByOrganisation());
        var agenturOverdue = inGroup.stream().filter(task -> task.isOverdue(today))
                .filter(task -> task.getOwnerOrganisationId().equals("org-agentur-musterstadt")).count();
        assertThat(overdueCounts).filteredOn(count -> count.organisationId().equals("org-agentur-musterstadt"))
                .singleElement().extracting(OverdueCount::count).isEqualTo(agenturOverdue);
        var review = asCoordinator(() -> reviews.forReview(session.getId()));
        assertThat(review).isNotEmpty().allMatch(Task::isOpen);

        var figures = new LinkedHashMap<String, List<Double>>();
        var everyTask = new Query(Criteria.where("workingGroupId").is(WORKING_GROUP));
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            var measured = round >= WARM_UP_ROUNDS;
            time(figures, measured, "Meine Aufgaben (member, first 50 open)", () -> asClara(() -> tasks.mine(open, 50)));
            time(figures, measured, "office list: Agentur, overdue, first page (50) + count",
                    () -> asCoordinator(() -> List.of(tasks.search(office, 0, 50), tasks.count(office))));
            time(figures, measured, "start page, member: every read of its cards", () -> asClara(() -> startPage(false)));
            time(figures, measured, "start page, office: every read of its cards",
                    () -> asCoordinator(() -> startPage(true)));
            time(figures, measured, "Stand der Aufgaben of the latest session",
                    () -> asCoordinator(() -> reviews.forReview(session.getId())));
            time(figures, measured, "floor: a bare count of the group's tasks (the embedded server's full scan)",
                    () -> mongo.count(everyTask, Task.class));
        }
        System.out.printf("Benchmark tasks: %,d tasks in %,d meetings (%,d open; %d open for the member; %d in the review)%n",
                inGroup.size(), MEETINGS, inGroup.stream().filter(Task::isOpen).count(), expectedMine, review.size());
        figures.forEach((what, values) -> System.out.printf("Benchmark tasks: %s: median %.1f ms (p90 %.1f ms)%n",
                what, percentile(values, 50), percentile(values, 90)));
    }

    /** What the start page reads, card by card (see overview/ui/DashboardView), without drawing it. */
    private List<Object> startPage(boolean office) {
        var reads = new ArrayList<Object>(List.of(tasks.mine(EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), 100),
                meetings.upcoming(5), protocols.awaitingComment(), directory.ownEntry()));
        if (office) {
            reads.add(tasks.overdueByOrganisation());
            reads.add(directory.countNeedingConfirmation());
        }
        return reads;
    }

    private static Meeting latestSession(LocalDate today) {
        var start = today.plusDays(6).atTime(10, 0);
        var meeting = new Meeting(MeetingType.SESSION, "Sitzung der Arbeitsgruppe", null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusHours(2));
        meeting.setAgenda(new ArrayList<>(List.of(new AgendaItem("Stand der Aufgaben", 20))));
        return meeting;
    }

    /**
     * 2,000 meetings over ten years up to last week, 25 tasks each, the same on every run (a fixed
     * seed): tasks of meetings older than a year are nearly all closed (3 % forgotten and overdue),
     * newer ones half open. Owners: 40 organisations (the four of the demo among them) and 400 people.
     */
    private void seed(LocalDate today) {
        var random = new Random(11);
        var batch = new ArrayList<Task>();
        for (int meeting = 0; meeting < MEETINGS; meeting++) {
            var day = today.minusDays(7 + (long) (MEETINGS - 1 - meeting) * 3650 / MEETINGS);
            var start = day.atTime(10, 0).atZone(Formats.ZONE).toInstant();
            var recent = day.isAfter(today.minusYears(1));
            for (int n = 0; n < TASKS_PER_MEETING; n++) {
                batch.add(task(random, meeting, n, day, start, recent));
            }
            if (batch.size() >= 5_000) {
                insert(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            insert(batch);
        }
    }

    private static Task task(Random random, int meeting, int n, LocalDate day, Instant start, boolean recent) {
        var task = new Task(TITLES.get(random.nextInt(TITLES.size())) + " " + meeting + "-" + n,
                day.plusDays(14 + random.nextInt(76)));
        task.setId("t-bench-" + meeting + "-" + n);
        var organisationIndex = random.nextInt(40);
        var organisation = organisationIndex < DEMO_ORGANISATIONS.size() * 3
                ? DEMO_ORGANISATIONS.get(organisationIndex % DEMO_ORGANISATIONS.size()) : "org-bench-" + organisationIndex;
        var person = random.nextInt(3) > 0;
        var clara = person && organisation.equals("org-jobcenter-musterstadt") && random.nextInt(4) == 0;
        var contactId = !person ? null : clara ? "c-jobcenter-clara" : "c-bench-" + random.nextInt(400);
        task.assignTo(contactId, organisation, "Organisation " + organisation, person ? "Person " + contactId : null,
                clara ? CLARA : null, null);
        task.setPriority(TaskPriority.values()[random.nextInt(TaskPriority.values().length)]);
        task.setVisibility(random.nextInt(4) == 0 ? Visibility.PARTNERS : Visibility.INTERNAL);
        var origin = new TaskOrigin("m-bench-" + meeting, "i-bench-" + meeting + "-" + (n % 6), null, null);
        origin.describe("Sitzung " + meeting, start, "TOP " + (n % 6), n % 2 == 0);
        task.setOrigin(origin);
        task.created(WORKING_GROUP, "anna.koordination", start);
        var open = recent ? random.nextBoolean() : random.nextInt(100) < 3;
        var status = open ? (random.nextBoolean() ? TaskStatus.OPEN : TaskStatus.IN_PROGRESS)
                : (random.nextInt(10) == 0 ? TaskStatus.DROPPED : TaskStatus.DONE);
        task.changeStatus(status, status == TaskStatus.DROPPED ? "Entfällt" : null, start.plusSeconds(86_400L * 30));
        return task;
    }

    /** Straight into the collection: through {@code MongoTemplate.insert} the audit trail writes an entry per task. */
    private void insert(List<Task> batch) {
        var documents = batch.stream().map(task -> {
            var document = new org.bson.Document();
            mongo.getConverter().write(task, document);
            return document;
        }).toList();
        mongo.getCollection(mongo.getCollectionName(Task.class)).insertMany(documents);
    }

    private static void time(Map<String, List<Double>> figures, boolean measured, String what, Supplier<?> action) {
        long start = System.nanoTime();
        action.get();
        var millis = (System.nanoTime() - start) / 1e6;
        if (measured) {
            figures.computeIfAbsent(what, key -> new ArrayList<>()).add(millis);
        }
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static <T> T asClara(Supplier<T> action) {
        return SignedIn.as(CLARA, Role.MEMBER, action);
    }
}
