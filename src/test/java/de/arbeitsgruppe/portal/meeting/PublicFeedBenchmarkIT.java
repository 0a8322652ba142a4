package de.arbeitsgruppe.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.shared.Visibility;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What many calendar programs fetching the public feed at once cost: 500 public events, 40 parallel
 * anonymous clients on loopback, 5 requests each (200 in all, bounded), after one request that renders
 * the feed. Prints the figures; asserts only that every client got the whole feed, never a time.
 *
 * <p>{@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PublicFeedBenchmarkIT}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.working-group-id=" + PublicFeedBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class PublicFeedBenchmarkIT {

    static final String WORKING_GROUP = "ag-feed-benchmark";
    private static final int EVENTS = 500;
    private static final int CLIENTS = 40;
    private static final int REQUESTS_PER_CLIENT = 5;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void measuresFortyParallelClientsOfThePublicFeed() throws Exception {
        var start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var meetings = new ArrayList<Meeting>();
        for (int i = 0; i < EVENTS; i++) {
            var begin = start.plus(i * 26L, ChronoUnit.HOURS);
            var meeting = new Meeting(MeetingType.JOINT_EVENT, "Öffentliche Veranstaltung " + i, begin, begin.plus(2, ChronoUnit.HOURS));
            meeting.setVisibility(Visibility.PUBLIC);
            meeting.setPlace("Rathaus Musterstadt, Saal " + (i % 5 + 1));
            meeting.setOrganiserOrganisationId("org-landkreis-musterstadt");
            ReflectionTestUtils.setField(meeting, "workingGroupId", WORKING_GROUP);
            meetings.add(meeting);
        }
        mongo.insert(meetings, Meeting.class);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ical/oeffentlich.ics"))
                .timeout(Duration.ofSeconds(60)).build();

        long first = System.nanoTime();
        var feed = http.send(request, HttpResponse.BodyHandlers.ofString());
        var firstMillis = (System.nanoTime() - first) / 1e6;
        assertThat(feed.statusCode()).isEqualTo(200);
        var events = feed.body().split("BEGIN:VEVENT", -1).length - 1;
        assertThat(events).isGreaterThanOrEqualTo(EVENTS);

        var latencies = Collections.synchronizedList(new ArrayList<Double>());
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var clients = new ArrayList<Callable<Void>>();
            for (int client = 0; client < CLIENTS; client++) {
                clients.add(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        long sent = System.nanoTime();
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - sent) / 1e6);
                        assertThat(response.statusCode()).isEqualTo(200);
                        assertThat(response.body()).isEqualTo(feed.body());
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(clients)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        print(firstMillis, latencies, feed.body().length(), events);
    }

    private static void print(double firstMillis, List<Double> latencies, int bytes, int events) {
        var sorted = latencies.stream().sorted().toList();
        System.out.println("\n" + "=".repeat(100) + "\n"
                + "BENCHMARK public feed: %d events (%d KB); first request (renders) %.1f ms; %d parallel clients x %d requests: median %.1f ms, p90 %.1f ms, max %.1f ms%n"
                        .formatted(events, bytes / 1024, firstMillis, CLIENTS, REQUESTS_PER_CLIENT,
                                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 100))
                + "=".repeat(100));
    }

    private static double percentile(List<Double> sorted, int percent) {
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
