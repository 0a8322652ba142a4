package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The tasks of {@link TaskBenchmarkIT}'s busy group for other modules' benchmarks (the leadership
 * report): 50,000 tasks of 2,000 meetings over ten years, older ones nearly all closed, the last year's
 * half open, owned by 40 organisations (the four of the demo among them). The same on every run.
 */
public final class BenchmarkTaskData {

    public static final int TASKS = 50_000;
    private static final int MEETINGS = 2_000;
    private static final List<String> DEMO_ORGANISATIONS = List.of("org-landkreis-musterstadt",
            "org-agentur-musterstadt", "org-jobcenter-musterstadt", "org-caritas-musterstadt");

    private BenchmarkTaskData() {
    }

    /** Straight into the collection in batches, past the audit trail's entry per task. */
    public static void seed(MongoTemplate mongo, String workingGroup, LocalDate today) {
        var random = new Random(11);
        var batch = new ArrayList<Document>();
        for (int meeting = 0; meeting < MEETINGS; meeting++) {
            var day = today.minusDays(7 + (long) (MEETINGS - 1 - meeting) * 3650 / MEETINGS);
            var start = day.atTime(10, 0).atZone(Formats.ZONE).toInstant();
            var recent = day.isAfter(today.minusYears(1));
            for (int n = 0; n < TASKS / MEETINGS; n++) {
                var document = new Document();
                mongo.getConverter().write(task(random, workingGroup, meeting, n, day, start, recent), document);
                batch.add(document);
            }
            if (batch.size() >= 5_000) {
                mongo.getCollection(mongo.getCollectionName(Task.class)).insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(mongo.getCollectionName(Task.class)).insertMany(batch);
        }
    }

    /**
     * A group's tasks of two years for the load test, ids {@code idPrefix + n}: given over the last
     * year and a bit, due from a year back to a few months ahead, owned by the group's
     * organisations; those due before a month ago are nearly all closed, the recent ones mostly open,
     * so some open ones are overdue.
     */
    public static List<Task> ofTwoYears(String workingGroup, String idPrefix, LocalDate today, int count,
            Map<String, String> organisationNames, String createdBy, long seed) {
        var random = new Random(seed);
        var owners = List.copyOf(organisationNames.keySet());
        var tasks = new ArrayList<Task>();
        for (int n = 1; n <= count; n++) {
            var due = today.minusDays(365).plusDays(random.nextInt(365 + 120));
            var created = due.minusDays(14 + random.nextInt(60)).atTime(10, 0).atZone(Formats.ZONE).toInstant();
            var roll = random.nextInt(100);
            var status = due.isBefore(today.minusDays(30))
                    ? roll < 5 ? TaskStatus.OPEN : roll < 90 ? TaskStatus.DONE : TaskStatus.DROPPED
                    : roll < 45 ? TaskStatus.OPEN : roll < 75 ? TaskStatus.IN_PROGRESS : roll < 95 ? TaskStatus.DONE
                            : TaskStatus.DROPPED;
            var owner = owners.get(random.nextInt(owners.size()));
            tasks.add(task(idPrefix + n, workingGroup, TITLES.get(random.nextInt(TITLES.size())) + " (" + n + ")", status,
                    owner, organisationNames.get(owner), due, createdBy, created, today));
        }
        return tasks;
    }

    /** One task as the office gave it, without mails due for it on the first start. */
    public static Task task(String id, String workingGroup, String title, TaskStatus status, String organisationId,
            String organisationName, LocalDate due, String createdBy, Instant created, LocalDate today) {
        var task = new Task(title, due);
        task.setId(id);
        task.assignTo(null, organisationId, organisationName, null, null, null);
        task.setPriority(due.isBefore(today) && status.isOpen() ? TaskPriority.HIGH : TaskPriority.NORMAL);
        task.created(workingGroup, createdBy, created);
        task.changeStatus(status, status == TaskStatus.DROPPED ? "Hat sich erledigt." : null,
                created.plusSeconds(86_400L * 7));
        task.setAssignmentNotifiedFor(task.ownerKey());
        if (!due.isAfter(today.plusDays(3))) {
            task.setDueSoonNotifiedFor(due);
        }
        if (due.isBefore(today)) {
            task.setOverdueNotifiedFor(due);
        }
        return task;
    }

    /** Given under an agenda item of the meeting, as the minutes give tasks: the board filters by it. */
    public static Task fromMeeting(Task task, de.arbeitsgruppe.portal.meeting.Meeting meeting, int itemIndex) {
        var item = meeting.getAgenda().get(itemIndex);
        var origin = new TaskOrigin(meeting.getId(), item.getId(), null, null);
        origin.describe(meeting.getTitle(), meeting.getStart(), item.getTitle(), item.isPublicItem());
        task.setOrigin(origin);
        return task;
    }

    /** The tasks and the open ones' entries, which the pages read first ({@link OpenTaskIndex}). */
    public static void insert(MongoTemplate mongo, List<Task> tasks) {
        de.arbeitsgruppe.portal.load.LoadInserts.insert(mongo, tasks, Task.class);
        var entries = tasks.stream().filter(Task::isOpen).map(task -> {
            var document = new Document();
            mongo.getConverter().write(new OpenTaskEntry(task), document);
            // the index compares versions: the entry carries the task's, as written
            document.put("version", 0L);
            return document;
        }).toList();
        if (!entries.isEmpty()) {
            mongo.getCollection(mongo.getCollectionName(OpenTaskEntry.class)).insertMany(entries);
        }
    }

    private static final List<String> TITLES = List.of("Fallzahlen zu Übergängen ins SGB II zusammenstellen",
            "Freie Plätze in Berufssprachkursen melden", "Ansprechperson für Anerkennungsverfahren benennen",
            "Flyer der Migrationsberatung aktualisieren", "Kinderbetreuung parallel zu Sprachkursen erheben",
            "Arbeitgeberinformationstag vorbereiten", "Statistik der Integrationskurse versenden",
            "Datenaustausch Kommune – Agentur abstimmen", "Liste der Dolmetschdienste aktualisieren",
            "Raum für die Jobbörse reservieren", "Beitrag zum Jahresbericht schreiben",
            "Zentrales Postfach für die Schnittstelle benennen");

    private static Task task(Random random, String workingGroup, int meeting, int n, LocalDate day, Instant start,
            boolean recent) {
        var task = new Task("Aufgabe " + meeting + "-" + n, day.plusDays(14 + random.nextInt(76)));
        task.setId("t-bench-report-" + meeting + "-" + n);
        var organisationIndex = random.nextInt(40);
        var organisation = organisationIndex < DEMO_ORGANISATIONS.size() * 3
                ? DEMO_ORGANISATIONS.get(organisationIndex % DEMO_ORGANISATIONS.size()) : "org-bench-" + organisationIndex;
        task.assignTo(null, organisation, "Organisation " + organisation, null, null, null);
        task.created(workingGroup, "anna.koordination", start);
        var open = recent ? random.nextBoolean() : random.nextInt(100) < 3;
        var status = open ? TaskStatus.OPEN : random.nextInt(10) == 0 ? TaskStatus.DROPPED : TaskStatus.DONE;
        task.changeStatus(status, status == TaskStatus.DROPPED ? "Entfällt" : null,
                start.plusSeconds(86_400L * (5 + random.nextInt(40))));
        return task;
    }
}
