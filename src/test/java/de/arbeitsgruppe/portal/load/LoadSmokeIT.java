package de.arbeitsgruppe.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The load test's simulation, run briefly by a few users of every kind against the portal in this
 * JVM, so that it cannot rot: every request of every journey succeeds as it does for the capacity
 * measurement ({@code ./mvnw -Pload verify}, see the README's performance section).
 */
// A context and database of its own (the name makes the configuration differ from the other tests'), closed
// afterwards: the seeded installation must not reach tests that count meetings, offers or tasks.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.application.name=load-smoke")
@DirtiesContext
class LoadSmokeIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void membersOfficePartnersAndVisitorsGetThroughTheirJourneysWithoutAFailedRequest() {
        var scale = LoadTestData.Scale.TINY;
        var seeded = LoadTestData.seed(context, 2, scale);
        var started = System.nanoTime();

        var outcome = GatlingRun.of(PortalSimulation.class, Map.ofEntries(
                Map.entry("load.baseUrl", "http://localhost:" + port), Map.entry("load.users", "7"),
                Map.entry("load.rampSeconds", "5"), Map.entry("load.steadySeconds", "15"), Map.entry("load.rounds", "1"),
                Map.entry("load.thinkMinMillis", "300"), Map.entry("load.thinkMaxMillis", "800"),
                Map.entry("load.members", String.valueOf(scale.members())), Map.entry("load.offices", String.valueOf(scale.office())),
                Map.entry("load.partners", String.valueOf(2 * scale.partnerOrganisations())),
                Map.entry("load.contacts", String.valueOf(scale.contactsPerOrganisation())),
                Map.entry("load.minutes", String.valueOf(scale.minutesMeetings()))), "smoke");
        var report = GatlingReport.read(outcome.report());
        System.out.printf("Load smoke run: seed %s, Gatling %d s (report: %s)%n%s%n", seeded.took(),
                java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds(), outcome.report(), report.table());

        assertThat(report.failed()).as("failed requests").isZero();
        assertThat(outcome.status()).as("Gatling's assertions").isZero();
        assertThat(report.requests()).extracting(GatlingReport.Row::name).contains("login", "member: calendar, next month",
                "member: directory search", "member: minutes", "office: agenda saved", "office: minutes item saved",
                "office: task moved", "partner: free places saved", "visitor: catalogue search", "visitor: offer");
    }
}
