package de.arbeitsgruppe.portal.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.meeting.BenchmarkMeetingData;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the interface costs with ten years of a busy working group: the 5,000 meetings of the other
 * benchmarks, all made public (the interface's worst case). Measures the first and a second full
 * run of the projection, and list pages of meetings and agenda items over HTTP (the whole request:
 * query, JSON, transfer); then walks every page of every list and checks each against the schemas,
 * the crawl of the large installation. Prints the figures; asserts only that the answers are right.
 * Its own working group and context, so the data stays out of other tests.
 *
 * <p>{@code ./mvnw verify -Dvaadin.skip -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OParlBenchmarkIT -Doparl.benchmark.meetings=5000}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.working-group-id=" + OParlBenchmarkIT.WORKING_GROUP, "portal.oparl.base-url=" + OParlHttp.BASE,
        "portal.oparl.reconcile-start=PT1H"})
@ActiveProfiles("test")
@DirtiesContext
class OParlBenchmarkIT {

    static final String WORKING_GROUP = "ag-oparl-benchmark";
    private static final int WARM_UP = 10;
    private static final int PAGES = 50;
    /**
     * How many of the 5,000 meetings are made public: 1,000 in the normal test run, to keep it short;
     * the README's figures come from all of them ({@code -Doparl.benchmark.meetings=5000}).
     */
    private static final int PUBLIC_MEETINGS = Integer.getInteger("oparl.benchmark.meetings", 1_000);

    @LocalServerPort
    int port;
    @Autowired
    OParlReconciler reconciler;
    @Autowired
    MongoTemplate mongo;

    @Test
    void measuresListPagesOfALargeInstallationAndCrawlsAllOfItsLists() {
        var meetings = new BenchmarkMeetingData(WORKING_GROUP, Formats.today()).meetings().stream()
                .limit(PUBLIC_MEETINGS).toList();
        meetings.forEach(meeting -> meeting.setVisibility(Visibility.PUBLIC));
        mongo.insert(meetings, Meeting.class);
        var http = new OParlHttp(port);

        var firstRun = System.nanoTime();
        reconciler.reconcileAll();
        var firstMillis = (System.nanoTime() - firstRun) / 1e6;
        var secondRun = System.nanoTime();
        reconciler.reconcileAll();
        var secondMillis = (System.nanoTime() - secondRun) / 1e6;

        var body = "body/" + WORKING_GROUP;
        var meetingPages = new ArrayList<Double>();
        var itemPages = new ArrayList<Double>();
        for (int i = 0; i < WARM_UP + PAGES; i++) {
            var page = 1 + (i * 7) % (meetings.size() / 100);
            var meetingPage = timed(meetingPages, i >= WARM_UP, () -> http.json(OParlHttp.url(body + "/meetings?page=" + page)));
            assertThat(meetingPage.get("data").size()).isEqualTo(100);
            var itemPage = timed(itemPages, i >= WARM_UP, () -> http.json(OParlHttp.url(body + "/agenda-items?page=" + page)));
            assertThat(itemPage.get("data").size()).isEqualTo(100);
        }

        var schemas = new OParlSchemas();
        var problems = new ArrayList<String>();
        var crawlStart = System.nanoTime();
        var pages = 0;
        var meetingIds = new HashSet<String>();
        for (String list : List.of("organizations", "persons", "meetings", "papers", "agenda-items", "consultations",
                "files", "locations", "legislative-terms", "memberships")) {
            for (String url = OParlHttp.url(body + "/" + list); url != null; pages++) {
                var page = http.json(url);
                for (var object : page.get("data")) {
                    problems.addAll(schemas.check(object, url));
                    if (list.equals("meetings")) {
                        meetingIds.add(object.get("id").asString());
                    }
                }
                url = page.path("links").path("next").asString(null);
            }
        }
        var crawlSeconds = (System.nanoTime() - crawlStart) / 1e9;
        assertThat(problems).isEmpty();
        assertThat(meetingIds).hasSizeGreaterThanOrEqualTo(meetings.size());

        System.out.printf("%nOParl interface, %d public meetings%n", meetingIds.size());
        System.out.printf("first full run of the projection    %10.0f ms%n", firstMillis);
        System.out.printf("second full run (nothing changed)   %10.0f ms%n", secondMillis);
        System.out.printf("list page of 100 meetings           median %6.1f ms  p90 %6.1f ms%n", median(meetingPages),
                percentile(meetingPages, 0.9));
        System.out.printf("list page of 100 agenda items       median %6.1f ms  p90 %6.1f ms%n", median(itemPages),
                percentile(itemPages, 0.9));
        System.out.printf("crawl of every page of every list   %d pages in %.1f s%n%n", pages, crawlSeconds);
    }

    private static <T> T timed(List<Double> times, boolean measured, java.util.function.Supplier<T> action) {
        var start = System.nanoTime();
        var result = action.get();
        if (measured) {
            times.add((System.nanoTime() - start) / 1e6);
        }
        return result;
    }

    private static double median(List<Double> times) {
        return percentile(times, 0.5);
    }

    private static double percentile(List<Double> times, double share) {
        var sorted = times.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(share * sorted.size())));
    }
}
