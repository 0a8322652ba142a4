package de.arbeitsgruppe.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.BenchmarkMeetingData;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.protocol.DecisionResult;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.BenchmarkTaskData;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the leadership report of last year costs on the embedded database with the seeded data of the
 * other benchmarks: 5,000 meetings over ten years (those held with attendance), 50,000 tasks, 10,000
 * decisions. Prints medians; asserts only that the answers are right, never a time.
 *
 * <p>{@code ./mvnw verify -Dvaadin.skip -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReportBenchmarkIT}
 */
@SpringBootTest(properties = "portal.working-group-id=" + ReportBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class ReportBenchmarkIT {

    static final String WORKING_GROUP = "ag-benchmark-bericht";
    private static final int DECISIONS = 10_000;
    private static final int WARM_UP = 2;
    private static final int MEASURED = 5;

    @Autowired
    ReportManagement reports;
    @Autowired
    MongoTemplate mongo;

    @Test
    void measuresTheReportOfLastYearAndChecksItsCounts() {
        var today = Formats.today();
        var meetings = new BenchmarkMeetingData(WORKING_GROUP, today).meetings();
        meetings.stream().filter(meeting -> meeting.getState() == MeetingState.HELD).forEach(meeting -> {
            var attendance = new HashMap<String, Attendance>();
            meeting.getInvitedContactIds().forEach(contact -> attendance.put(contact, Attendance.PRESENT));
            meeting.setAttendance(attendance);
        });
        mongo.insert(meetings, Meeting.class);
        BenchmarkTaskData.seed(mongo, WORKING_GROUP, today);
        seedDecisions(today);
        var year = ReportPeriod.year(today.getYear() - 1);

        var figures = new LinkedHashMap<String, List<Double>>();
        ReportFigures built = null;
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            var measured = round >= WARM_UP;
            built = time(figures, measured, "building the figures of last year (whole group)",
                    () -> asCoordinator(() -> reports.build(year, null)));
            var shown = built;
            time(figures, measured, "PDF/A of it", () -> asCoordinator(() -> reports.pdf(shown)));
            time(figures, measured, "XLSX of it", () -> asCoordinator(() -> {
                reports.xlsx(shown, new ByteArrayOutputStream());
                return null;
            }));
            time(figures, measured, "CSV of it", () -> asCoordinator(() -> {
                reports.csv(shown, new StringWriter());
                return null;
            }));
        }

        var inYear = mongo.count(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP).and("start")
                .gte(year.start()).lt(year.end())), Meeting.class);
        var counted = built.section("meetings").orElseThrow().tables().getFirst().rows().stream()
                .flatMap(row -> row.values().stream()).mapToDouble(Double::doubleValue).sum();
        assertThat(counted).isEqualTo((double) inYear);
        var decisionsInYear = mongo.count(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP).and("meetingStart")
                .gte(year.start()).lt(year.end())), "decisions");
        var decided = built.section("decisions").orElseThrow().tables().getFirst().rows().stream()
                .mapToDouble(row -> row.values().getFirst()).sum();
        assertThat(decided).isEqualTo((double) decisionsInYear);
        System.out.printf("Benchmark report: %,d meetings (%,d in %d), %,d tasks, %,d decisions (%,d in %d)%n",
                meetings.size(), inYear, year.from().getYear(), BenchmarkTaskData.TASKS, DECISIONS, decisionsInYear,
                year.from().getYear());
        figures.forEach((what, values) -> System.out.printf("Benchmark report: %s: median %.0f ms (max %.0f ms)%n",
                what, median(values), values.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
    }

    /** Ten years of decisions, one to six per week, straight into the collection: the report reads group, date and result. */
    private void seedDecisions(java.time.LocalDate today) {
        var random = new Random(13);
        var documents = new ArrayList<Document>();
        var first = today.minusYears(10);
        for (int i = 0; i < DECISIONS; i++) {
            var day = first.plusDays(random.nextInt(3650));
            documents.add(new Document("_id", "d-bench-" + i).append("workingGroupId", WORKING_GROUP)
                    .append("year", day.getYear()).append("sequence", i)
                    .append("result", DecisionResult.values()[random.nextInt(DecisionResult.values().length)].name())
                    .append("meetingStart", Date.from(day.atTime(10, 0).atZone(Formats.ZONE).toInstant()))
                    .append("wording", "Beschluss " + i));
        }
        mongo.getCollection("decisions").insertMany(documents);
    }

    private static <T> T time(Map<String, List<Double>> figures, boolean measured, String what, Supplier<T> action) {
        long start = System.nanoTime();
        var result = action.get();
        if (measured) {
            figures.computeIfAbsent(what, key -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
        }
        return result;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
