package de.arbeitsgruppe.portal.load;

import static de.arbeitsgruppe.portal.load.Vaadin.clickEvent;
import static de.arbeitsgruppe.portal.load.Vaadin.event;
import static de.arbeitsgruppe.portal.load.Vaadin.navigate;
import static de.arbeitsgruppe.portal.load.Vaadin.node;
import static de.arbeitsgruppe.portal.load.Vaadin.rpc;
import static de.arbeitsgruppe.portal.load.Vaadin.sync;
import static de.arbeitsgruppe.portal.load.Vaadin.typed;
import static de.arbeitsgruppe.portal.load.Vaadin.uidl;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * The portal under the load of a working day: members look at the start page, the calendar (and the
 * next month), search the directory and open a contact, open a meeting and its minutes; the office
 * edits an agenda item and a minutes item and moves a task on the board; partners update the free
 * places of their offers; anonymous visitors filter and search the public catalogue. Think times of
 * 2–5 s. Accounts and ids are those {@link LoadTestData} seeds.
 * <p>
 * Settings (system properties): {@code load.baseUrl}, {@code load.users} (concurrent users),
 * {@code load.rampSeconds}, {@code load.steadySeconds}, {@code load.rounds} (journeys per visit),
 * {@code load.maxSeconds} (stops the run then, visits still going),
 * {@code load.thinkMinMillis} and {@code load.thinkMaxMillis} (shorter only in the smoke run);
 * {@code load.mode=hold} with {@code load.view} and {@code load.holdSeconds} opens one view per user
 * and keeps the sessions open, for the memory measurement ({@link MemoryBenchmark}).
 */
public class PortalSimulation extends Simulation {

    // read when Gatling makes the simulation, not when the class is loaded: the benchmarks run it several
    // times in one JVM (rising levels, the memory warm-up and the held views), each with settings of its own
    private final int users = Integer.getInteger("load.users", 10);
    private final int ramp = Integer.getInteger("load.rampSeconds", 30);
    private final int steady = Integer.getInteger("load.steadySeconds", 60);
    private final int rounds = Integer.getInteger("load.rounds", 3);
    private final Duration thinkMin = Duration.ofMillis(Long.getLong("load.thinkMinMillis", 2000));
    private final Duration thinkMax = Duration.ofMillis(Long.getLong("load.thinkMaxMillis", 5000));
    private final SimulatedUsers accounts = SimulatedUsers.fromSystemProperties();
    private final AccountPool members = new AccountPool(accounts.members());
    private final AccountPool offices = new AccountPool(accounts.offices());
    private final AccountPool partners = new AccountPool(accounts.partners());

    public PortalSimulation() {
        var protocol = http.baseUrl(System.getProperty("load.baseUrl", "http://localhost:8080")).acceptLanguageHeader("de-DE,de;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling load test").disableCaching();
        var populations = "hold".equals(System.getProperty("load.mode")) ? hold() : mix();
        var setUp = setUp(populations).protocols(protocol).assertions(assertions());
        var maxSeconds = Integer.getInteger("load.maxSeconds", 0);
        if (maxSeconds > 0) {
            // a visit lasts longer than the measured window (users stay logged in, as at work); stop at its end
            setUp.maxDuration(Duration.ofSeconds(maxSeconds));
        }
    }

    private List<PopulationBuilder> mix() {
        var populations = new ArrayList<PopulationBuilder>();
        // shares of the concurrent users: members 60 %, office 10 %, partners 15 %, anonymous visitors 15 %
        var memberUsers = users * 60 / 100;
        var officeUsers = Math.max(1, users * 10 / 100);
        var partnerUsers = Math.max(1, users * 15 / 100);
        warnIfShared("office", officeUsers, accounts.offices());
        warnIfShared("partner", partnerUsers, accounts.partners());
        add(populations, member(), memberUsers);
        add(populations, office(), officeUsers);
        add(populations, partner(), partnerUsers);
        add(populations, visitor(), Math.max(1, users - memberUsers - officeUsers - partnerUsers));
        return populations;
    }

    /** Shared office or partner accounts edit the same records, so some saves meet a version conflict and fail. */
    private static void warnIfShared(String kind, int active, int accounts) {
        if (active > accounts) {
            System.err.printf("Load test: %d %s users at once share %d %s accounts; their saves may conflict%n", active, kind,
                    accounts, kind);
        }
    }

    private void add(List<PopulationBuilder> populations, ScenarioBuilder scenario, int count) {
        if (count > 0) {
            populations.add(scenario.injectClosed(rampConcurrentUsers(0).to(count).during(Duration.ofSeconds(ramp)),
                    constantConcurrentUsers(count).during(Duration.ofSeconds(steady))));
        }
    }

    private static List<Assertion> assertions() {
        // no timing goal here: the figures are read from the report; a request that fails fails the run
        return List.of(global().failedRequests().count().is(0L), global().successfulRequests().count().gt(0L),
                forAll().failedRequests().percent().is(0.0));
    }

    /** What the user does before the next step, the browser's report of a page just drawn first. */
    private ChainBuilder think() {
        return exec(Vaadin.shown()).pause(thinkMin, thinkMax);
    }

    /** An account of the kind that no other active user has; {@code n} is its number, which picks the records it works on. */
    static ChainBuilder signIn(AccountPool pool, IntFunction<String> account) {
        return exec(session -> {
            var n = pool.take();
            return session.set("n", n).set("account", account.apply(n));
        }).exec(Vaadin.login("#{account}"));
    }

    /** The user leaves: the tab closes and the account is free for the next user. */
    private ChainBuilder signOff(AccountPool pool, String kind) {
        return exec(think()).exec(Vaadin.closeTab(kind + ": tab closed")).exec(session -> {
            pool.release(session.getInt("n"));
            return session;
        });
    }

    ScenarioBuilder member() {
        return scenario("member").exec(signIn(members, LoadIds::member))
                .repeat(rounds).on(think().exec(memberJourney()))
                .exec(signOff(members, "member"));
    }

    ChainBuilder memberJourney() {
        return exec(navigate("member: calendar", session -> "kalender")
                        .check(node(tree -> tree.byTag("portal-calendar"), "calendar")))
                .exec(think())
                .exec(uidl("member: calendar, next month", PortalSimulation::nextMonth).check(substring("\"entries\"")))
                .exec(think())
                .exec(navigate("member: directory", session -> "ansprechpartner")
                        .check(node(tree -> tree.byTagAndValue("vaadin-text-field", "label",
                                "Suche nach Name, Funktion, Organisation oder Thema"), "search")))
                .exec(think())
                .exec(uidl("member: directory search", session -> rpc(sync(session.getInt("search"), "value", "schm"),
                        event(session.getInt("search"), "input", "{}")))
                        // every answer has "changes"; a search that ran changes the rows and the count at least
                        .check(substring("\"changes\":[{")))
                .exec(think())
                .exec(navigate("member: contact", session -> "ansprechpartner/" + accounts.contact(random(accounts.contacts()))))
                .exec(think())
                .exec(session -> session.set("minutes", accounts.minutes(random(accounts.minutesCount()))))
                .exec(navigate("member: meeting", session -> "termine/" + session.getString("minutes")))
                .exec(think())
                .exec(navigate("member: minutes", session -> "termine/" + session.getString("minutes") + "/protokoll"))
                .exec(think())
                .exec(navigate("member: start page", session -> ""));
    }

    /** What FullCalendar reports when the user pages to the next month: six weeks from the Monday before its first day. */
    private static String nextMonth(Session session) {
        var first = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        var start = first.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        var data = "{\"event.detail.currentStart\":\"" + first + "\",\"event.detail.start\":\"" + start
                + "T00:00:00\",\"event.detail.view\":\"MONTH\",\"event.detail.end\":\"" + start.plusDays(42) + "T00:00:00\"}";
        return rpc(event(session.getInt("calendar"), "portal-calendar-dates", data));
    }

    ScenarioBuilder office() {
        return scenario("office").exec(signIn(offices, LoadIds::office))
                .repeat(rounds).on(think().exec(officeJourney()))
                .exec(signOff(offices, "office"));
    }

    ChainBuilder officeJourney() {
        return exec(navigate("office: agenda", session -> "termine/" + accounts.officeMeeting(session.getInt("n")) + "/tagesordnung")
                        .check(node(tree -> tree.byTagAndValueMatching("vaadin-button", "aria-label", "TOP 1 .* bearbeiten"), "edit"),
                                node(tree -> tree.byTagAndText("vaadin-button", "Speichern"), "saveAgenda")))
                .exec(think())
                .exec(Vaadin.click("office: agenda item dialog", "edit")
                        .check(node(tree -> tree.byTagAndValue("vaadin-text-field", "label", "Titel"), "title"),
                                node(tree -> tree.byTagAndText("vaadin-button", "Übernehmen"), "apply")))
                .exec(think())
                .exec(uidl("office: agenda item changed", session -> rpc(
                        typed(session.getInt("title"), "Bericht der Agentur für Arbeit (Stand " + random(1000) + ")"),
                        clickEvent(session.getInt("apply")))))
                .exec(uidl("office: agenda saved", session -> rpc(clickEvent(session.getInt("saveAgenda"))))
                        .check(substring("Tagesordnung gespeichert")))
                .exec(think())
                .exec(navigate("office: minutes", session -> "termine/" + accounts.officeMeeting(session.getInt("n")) + "/protokoll")
                        .check(node(tree -> tree.byTagAndValue("vaadin-text-area", "label", "Notizen"), "notes")))
                .exec(think())
                .exec(uidl("office: minutes item saved", session -> rpc(
                        sync(session.getInt("notes"), "value", "Die Agentur berichtet über " + random(500) + " Beratungen."),
                        event(session.getInt("notes"), "input", "{}"))).check(substring("Gespeichert um")))
                .exec(think())
                .exec(navigate("office: task board", session -> "aufgaben/tafel?sitzung=" + accounts.officeMeeting(session.getInt("n")))
                        .check(node((tree, session) -> tree.byTextWithin("data-task", accounts.officeTask(session.getInt("n")),
                                List.of("Verschieben")), "moveButton")))
                .exec(think())
                // the keyboard's way: the card's "Verschieben" asks where to, the task goes back and forth
                .exec(Vaadin.click("office: task move dialog", "moveButton")
                        .check(node(tree -> tree.byTagAndTextAmong("vaadin-button",
                                List.of("Verschieben nach In Arbeit", "Verschieben nach Offen")), "move")))
                .exec(uidl("office: task moved", session -> rpc(clickEvent(session.getInt("move"))))
                        .check(substring("steht jetzt unter")));
    }

    ScenarioBuilder partner() {
        return scenario("partner").exec(signIn(partners, LoadIds::partner))
                .repeat(rounds).on(think().exec(partnerJourney()))
                .exec(signOff(partners, "partner"));
    }

    ChainBuilder partnerJourney() {
        return exec(navigate("partner: offers", session -> "angebote"))
                .exec(think())
                .exec(navigate("partner: offer", session -> "angebote/" + accounts.partnerOffer(session.getInt("n")))
                        .check(node(tree -> tree.byTagAndText("vaadin-button", "Freie Plätze ändern"), "places")))
                .exec(think())
                .exec(Vaadin.click("partner: free places dialog", "places")
                        .check(node(tree -> tree.byTagAndValue("vaadin-integer-field", "label", "Freie Plätze"), "freePlaces"),
                                node(tree -> tree.byTagAndText("vaadin-button", "Speichern"), "savePlaces")))
                .exec(think())
                .exec(uidl("partner: free places saved", session -> rpc(typed(session.getInt("freePlaces"), String.valueOf(random(4))),
                        clickEvent(session.getInt("savePlaces")))).check(substring("Freie Plätze gespeichert")));
    }

    ScenarioBuilder visitor() {
        return scenario("visitor").repeat(rounds).on(think()
                .exec(http("visitor: catalogue").get("/katalog").check(status().is(200),
                        regex("href=\"/katalog/([A-Za-z0-9-]+)\" lang").findRandom().saveAs("offer")))
                .exec(think())
                .exec(http("visitor: catalogue filtered").get("/katalog?art=integrationskurs_allgemein,sprachkurs_land&niveau=a1&frei=ja").check(status().is(200)))
                .exec(think())
                .exec(http("visitor: catalogue search").get("/katalog?suche=deutsch").check(status().is(200)))
                .exec(think())
                .exec(http("visitor: offer").get("/katalog/#{offer}").check(status().is(200))));
    }

    private List<PopulationBuilder> hold() {
        var view = System.getProperty("load.view", "kalender");
        var seconds = Integer.getInteger("load.holdSeconds", 120);
        var scenario = scenario("hold " + view).exec(new HeldViews(accounts, members, offices, partners).open(view)).pause(Duration.ofSeconds(seconds))
                .exec(HeldViews.close(view));
        return List.of(scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds(ramp))));
    }

    static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(Math.max(1, bound));
    }
}
