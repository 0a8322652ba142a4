package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
