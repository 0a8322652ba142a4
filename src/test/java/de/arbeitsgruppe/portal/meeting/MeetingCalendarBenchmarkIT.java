package de.arbeitsgruppe.portal.meeting;

import static de.arbeitsgruppe.portal.meeting.BenchmarkMeetingData.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.ui.CalendarFeeds;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the calendar costs with ten years of a busy working group: 5,000 meetings in the embedded
 * database. Measures the server time of (a) the month view's data, {@code MeetingManagement.between}
 * over the six weeks a month view shows, for 50 different months, and (b) a personal feed as
 * /ical/abo/… produces it (query and iCalendar text, three months back and twelve ahead). Prints
 * the figures; asserts only that the answers are right, never a time. Its own working group and
 * context, so the data stays out of other tests.
 *
 * <p>{@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MeetingCalendarBenchmarkIT}
 */
@SpringBootTest(properties = "portal.working-group-id=" + MeetingCalendarBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class MeetingCalendarBenchmarkIT {

    static final String WORKING_GROUP = "ag-kalender-benchmark";
    private static final int MONTHS = 50;
    private static final int WARM_UP = 10;
    private static final int FEEDS = 30;
    private static final int GRID_DAYS = 42;

    @Autowired
    MeetingManagement meetings;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    MeetingCalendarFiles files;
    @Autowired
    MongoTemplate mongo;

    @Test
    void measuresTheMonthViewAndThePersonalFeedAndChecksTheirAnswers() throws Exception {
        var data = new BenchmarkMeetingData(WORKING_GROUP, Formats.today());
        mongo.insert(data.meetings(), Meeting.class);
        var all = mongo.find(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP)), Meeting.class);
        assertThat(all).hasSizeGreaterThanOrEqualTo(BenchmarkMeetingData.MEETINGS);

        var months = new ArrayList<LocalDate>();
        for (int i = 0; i < WARM_UP + MONTHS; i++) {
            months.add(data.firstDay().plusMonths(1 + i * 2L));
        }
        var internal = new ArrayList<Double>();
        var partner = new ArrayList<Double>();
        var sizes = new ArrayList<Integer>();
        for (int i = 0; i < months.size(); i++) {
            var from = startOf(months.get(i).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            var to = from.plus(Duration.ofDays(GRID_DAYS));
            var seen = timed(internal, i >= WARM_UP, () -> SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR,
                    () -> meetings.between(from, to)));
            var seenByPartner = timed(partner, i >= WARM_UP, () -> SignedIn.as(SignedIn.PARTNER, Role.PARTNER,
                    () -> meetings.between(from, to)));
            assertThat(ids(seen)).isEqualTo(ids(expected(all, from, to, false)));
            assertThat(ids(seenByPartner)).isEqualTo(ids(expected(all, from, to, true)));
            sizes.add(seen.size());
        }

        var feedTimes = new ArrayList<Double>();
        String feed = null;
        for (int i = 0; i < WARM_UP + FEEDS; i++) {
            feed = timed(feedTimes, i >= WARM_UP, () -> SignedIn.as(SignedIn.MEMBER, Role.MEMBER,
                    () -> feeds.personal("http://localhost"))).text();
        }
        var today = Formats.today();
        var feedFrom = startOf(today.minusMonths(3));
        var feedTo = startOf(today.plusMonths(12));
        var feedMeetings = expected(all, feedFrom, feedTo, false);
        // the member's own tasks' due dates come along as all-day entries: the meetings are the rest
        var events = new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT");
        assertThat(events.stream().filter(event -> !String.valueOf(event.getProperty("UID").map(uid -> uid.getValue())
                .orElse("")).startsWith("task-")).toList()).hasSize(feedMeetings.size());

        var queryTimes = new ArrayList<Double>();
        var writeTimes = new ArrayList<Double>();
        for (int i = 0; i < WARM_UP + FEEDS; i++) {
            var found = timed(queryTimes, i >= WARM_UP, () -> SignedIn.as(SignedIn.MEMBER, Role.MEMBER,
                    () -> meetings.between(feedFrom, feedTo)));
            timed(writeTimes, i >= WARM_UP, () -> files.publish("Termine", found));
        }
        print(all.size(), sizes, internal, partner, feedMeetings.size(), feed.length(), feedTimes, queryTimes, writeTimes);
    }

    /** What brute force over every meeting of the working group says the user may see in the period. */
    private static List<Meeting> expected(List<Meeting> all, Instant from, Instant to, boolean partner) {
        return all.stream().filter(m -> m.getStart().isBefore(to) && m.getEnd().isAfter(from))
                .filter(m -> !partner || m.getVisibility() != Visibility.INTERNAL
                        || m.getInvitedOrganisationIds().contains("org-caritas-musterstadt"))
                .toList();
    }

    private static List<String> ids(List<Meeting> meetings) {
        return meetings.stream().map(Meeting::getId).sorted().toList();
    }

    private static <T> T timed(List<Double> times, boolean measured, Supplier<T> action) {
        long start = System.nanoTime();
        var result = action.get();
        if (measured) {
            times.add((System.nanoTime() - start) / 1e6);
        }
        return result;
    }

    private static void print(int meetingCount, List<Integer> sizes, List<Double> internal, List<Double> partner,
            int feedMeetings, int feedChars, List<Double> feed, List<Double> query, List<Double> write) {
        var out = new StringBuilder("\n").append("=".repeat(100)).append('\n');
        out.append("BENCHMARK calendar: %d meetings over %d years in working group %s%n"
                .formatted(meetingCount, BenchmarkMeetingData.YEARS, WORKING_GROUP));
        out.append("(a) month view data, MeetingManagement.between over a %d-day grid, %d months after %d warm-up, %d-%d meetings per month%n"
                .formatted(GRID_DAYS, MONTHS, WARM_UP, sizes.stream().mapToInt(i -> i).min().orElse(0),
                        sizes.stream().mapToInt(i -> i).max().orElse(0)));
        out.append("(b) personal feed, CalendarFeeds.personal (query + ical4j), %d meetings, %d characters, %d runs after %d warm-up%n"
                .formatted(feedMeetings, feedChars, FEEDS, WARM_UP));
        out.append("%-44s %9s %9s %9s%n".formatted("what", "median ms", "p90 ms", "max ms"));
        row(out, "(a) month view, coordinator", internal);
        row(out, "(a) month view, partner", partner);
        row(out, "(b) personal feed, member", feed);
        row(out, "    of which the query (15 months)", query);
        row(out, "    of which the iCalendar text", write);
        out.append("=".repeat(100));
        System.out.println(out);
    }

    private static void row(StringBuilder out, String label, List<Double> values) {
        out.append("%-44s %9.1f %9.1f %9.1f%n".formatted(label, percentile(values, 50), percentile(values, 90),
                percentile(values, 100)));
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
