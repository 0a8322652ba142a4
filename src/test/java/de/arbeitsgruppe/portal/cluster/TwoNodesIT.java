package de.arbeitsgruppe.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.model.Filters;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.audit.AuditActor;
import de.arbeitsgruppe.portal.audit.AuditEntry;
import de.arbeitsgruppe.portal.audit.AuditFilter;
import de.arbeitsgruppe.portal.audit.AuditKind;
import de.arbeitsgruppe.portal.audit.AuditProperties;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.account.CalendarTokens;
import de.arbeitsgruppe.portal.account.DemoLogins;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferDetails;
import de.arbeitsgruppe.portal.offer.OfferFormat;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.offer.OfferStatus;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two portal nodes on one database behind a sticky-session proxy, as README "Several nodes"
 * describes: what one node changes the other shows, account changes and login locks hold on both,
 * scheduled jobs do their work once, public addresses answer the same on both, and a user whose
 * node fails logs in again on the other without losing what was saved. Both nodes are whole
 * applications in this JVM (one pair for all tests, started one after the other), each on its own
 * port, on one database server of the test's own; with {@code -Dportal.test.mongodb-uri} they share
 * that database instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String PASSWORD = "Zwei-Knoten-Passwort-1";
    private static final String ORGANISATION = "org-jobcenter-musterstadt";
    private static final String QUIET_LOGGER = "de.bwaldvogel.mongo.wire";
    private static final String ORGANISATION_GROUP = "ag-musterstadt";
    private static final String OFFER_JOBS = "de.arbeitsgruppe.portal.offer.OfferJobs";
    private static final String AUDIT_RETENTION = "de.arbeitsgruppe.portal.audit.AuditRetention";

    private static MongoServer database;
    private static PortalNode a;
    private static PortalNode b;
    private static StickyProxy proxy;
    private static SecurityContextHolderStrategy strategyBefore;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startTwoNodesBehindTheProxy() throws Exception {
        var uri = System.getProperty("portal.test.mongodb-uri", "");
        if (uri.isBlank()) {
            database = new MongoServer(new H2Backend((String) null));
            database.bind("127.0.0.1", 0);
            uri = "mongodb://127.0.0.1:" + database.getLocalAddress().getPort() + "/portal";
        }
        var mail = new ArrayList<String>();
        TestMailServer.register((name, value) -> mail.add("--" + name + "=" + value.get()));
        // the tests run the jobs themselves, when they say; the reconciler fills OParl soon after the start
        var settings = new ArrayList<>(List.of("--portal.tasks.reminder-cron=-", "--portal.tasks.summary-cron=-",
                "--portal.tasks.recurring-cron=-", "--portal.oparl.reconcile-start=PT1S",
                // the database server logs each lock one node finds taken by the other (a refused insert) as an error
                "--logging.level." + QUIET_LOGGER + "=OFF"));
        settings.addAll(mail);
        // one after the other: started at the same moment in one JVM, both would seed through the one static
        // SecurityContextHolder strategy of the JVM, which two JVMs don't share (DemoSeedingLockIT shows the
        // seeding lock's parts, not two nodes starting at once)
        a = PortalNode.start("a", uri, settings.toArray(String[]::new));
        b = PortalNode.start("b", uri, settings.toArray(String[]::new));
        a.useSecurityContextOfThisNode();
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(NodeSecurityContexts.INSTANCE);
        var nodes = new LinkedHashMap<String, Integer>();
        nodes.put(a.name(), a.port());
        nodes.put(b.name(), b.port());
        proxy = new StickyProxy(nodes);
    }

    @AfterAll
    static void stopAll() {
        if (proxy != null) {
            proxy.close();
        }
        for (var node : new PortalNode[] {a, b}) {
            if (node != null && node.isRunning()) {
                node.close();
            }
        }
        if (database != null) {
            database.shutdownNow();
        }
        if (strategyBefore != null) {
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
        }
        // the level is the JVM's, not the nodes': later tests in this JVM see the server's errors again
        LoggingSystem.get(TwoNodesIT.class.getClassLoader()).setLogLevel(QUIET_LOGGER, null);
    }

    @Test
    @Order(1)
    void aPublicEventPlannedOnOneNodeIsInThePublicFeedOfTheOther() throws Exception {
        var visitorOfB = new Browser(b.port());
        var before = visitorOfB.get("/ical/oeffentlich.ics");
        var title = "Jobmesse " + suffix;

        var planned = a.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var event = new Meeting(MeetingType.JOINT_EVENT, title, null, null);
            event.setLocalStart(LocalDateTime.of(Formats.today().plusDays(40), LocalTime.of(10, 0)));
            event.setLocalEnd(event.localStart().plusHours(3));
            event.setVisibility(Visibility.PUBLIC);
            event.setOrganiserOrganisationId("org-agentur-musterstadt");
            return a.bean(MeetingManagement.class).create(event, null);
        });

        assertThat(before.body()).as("B's feed, kept by B before the change").doesNotContain(title);
        assertThat(visitorOfB.get("/ical/oeffentlich.ics").body()).contains("SUMMARY:" + title);
        assertThat(b.as(SignedIn.MEMBER, Role.MEMBER, () -> b.bean(MeetingManagement.class).find(planned.getId())))
                .hasValueSatisfying(seen -> assertThat(seen.getTitle()).isEqualTo(title));
    }

    @Test
    @Order(2)
    void anAccountDeactivatedOnOneNodeIsRefusedOnBoth() throws Exception {
        var account = newAccount("abgemeldet", Role.MEMBER);
        var onA = new Browser(a.port());
        var onB = new Browser(b.port());
        assertThat(onA.logIn(account.getUsername(), PASSWORD)).isEqualTo("/");
        assertThat(onB.logIn(account.getUsername(), PASSWORD)).isEqualTo("/");
        assertThat(onB.get("/").statusCode()).isEqualTo(200);

        a.as(SignedIn.ADMIN, Role.ADMIN, () -> a.bean(AccountManagement.class).setActive(account.getId(), false));

        var openSessionOnB = onB.get("/");
        assertThat(openSessionOnB.statusCode()).isEqualTo(302);
        assertThat(Browser.path(openSessionOnB)).isEqualTo("/login");
        assertThat(Browser.path(onA.get("/"))).isEqualTo("/login");
        assertThat(new Browser(b.port()).logIn(account.getUsername(), PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    @Order(3)
    void failedLoginsOnAlternatingNodesLockTheAccountOnBoth() throws Exception {
        var account = newAccount("vertippt", Role.MEMBER);
        var nodes = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var browser = new Browser(proxy.port());
            assertThat(browser.logIn(account.getUsername(), "falsch-" + i)).isEqualTo("/login?error");
            nodes.add(browser.node());
        }

        assertThat(nodes).as("each new client on the next node").contains("a", "b");
        for (int i = 1; i < nodes.size(); i++) {
            assertThat(nodes.get(i)).isNotEqualTo(nodes.get(i - 1));
        }
        assertThat(new Browser(proxy.port()).pinnedTo("a").logIn(account.getUsername(), PASSWORD))
                .as("the right password on A").isEqualTo("/login?error");
        assertThat(new Browser(proxy.port()).pinnedTo("b").logIn(account.getUsername(), PASSWORD))
                .as("the right password on B").isEqualTo("/login?error");
        assertThat(b.as(SignedIn.ADMIN, Role.ADMIN, () -> b.bean(AccountManagement.class).lockedUntil()))
                .as("the admin on B sees the lock").containsKey(account.getUsername());
    }

    @Test
    @Order(4)
    void aReminderJobRunOnBothNodesAtOnceMailsTheOwnerOnceAndNotAgainAfterARestart() throws Exception {
        var title = "Statistik melden " + suffix;
        var owner = newPersonWithTaskDueTomorrow(title);

        atOnce(() -> a.runJob("de.arbeitsgruppe.portal.task.TaskJobs", "sendReminders"),
                () -> b.runJob("de.arbeitsgruppe.portal.task.TaskJobs", "sendReminders"));
        var reminder = TestMailServer.about(
                "Erinnerung: Aufgabe fällig am " + Formats.date(Formats.today().plusDays(1)) + ": " + title);
        var mails = TestMailServer.await(1, reminder);
        var lock = a.bean(MongoTemplate.class).findById("task-reminders", org.bson.Document.class, "shedLock");
        // a restart after the lock's minute: the lock is gone, the task's mark is not
        a.bean(MongoTemplate.class).remove(Query.query(Criteria.where("_id").is("task-reminders")), "shedLock");
        b.runJob("de.arbeitsgruppe.portal.task.TaskJobs", "sendReminders");
        Thread.sleep(1000);

        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().to()).contains(owner);
        assertThat(lock).as("ShedLock's lock, taken by one node").isNotNull();
        assertThat(TestMailServer.received().stream().filter(reminder)).hasSize(1);
    }

    @Test
    @Order(5)
    void thePersonalFeedAndThePublicPagesAnswerTheSameOnBothNodes() throws Exception {
        var token = a.as(SignedIn.MEMBER, Role.MEMBER, () -> a.bean(CalendarTokens.class).issue());
        // through the proxy, as calendar programs and visitors come: the feed's links name its address
        var onA = new Browser(proxy.port()).pinnedTo("a");
        var onB = new Browser(proxy.port()).pinnedTo("b");

        for (var path : List.of(CalendarTokens.feedPath(token), "/ical/oeffentlich.ics", "/katalog/export.json")) {
            var fromA = onA.get(path);
            var fromB = onB.get(path);
            assertThat(fromA.statusCode()).as(path).isEqualTo(200);
            assertThat(fromB.statusCode()).as(path).isEqualTo(200);
            assertThat(withoutRenderTimes(fromB.body())).as(path).isNotBlank()
                    .isEqualTo(withoutRenderTimes(fromA.body()));
        }
        assertThat(onA.get("/katalog").statusCode()).isEqualTo(200);
        assertThat(onB.get("/katalog").statusCode()).isEqualTo(200);
        var system = "/oparl/v1/system";
        var fromA = eventually(onA, system);
        var fromB = eventually(onB, system);
        assertThat(fromA.statusCode()).as("OParl after the reconciler ran").isEqualTo(200);
        assertThat(fromB.body()).isEqualTo(fromA.body());
    }

    @Test
    @Order(6)
    void theArchivingAndTheAuditRetentionRunOnBothNodesAtOnceDoTheirWorkOnceAndNotAgainAfterARestart()
            throws Exception {
        var title = "Kurs gestern beendet " + suffix;
        var offerId = newPublishedOfferThatEndedYesterday(title);
        // the last day the admin's trail still offers, which the retention removes
        var expiredDay = Formats.today().minusDays(a.bean(AuditProperties.class).retentionDays() + 1L);
        var expired = new AuditEntry(entryId(expiredDay), ORGANISATION_GROUP, expiredDay.atTime(12, 0)
                .atZone(Formats.ZONE).toInstant(), AuditKind.CHANGED, new AuditActor(SignedIn.COORDINATOR, "Anna", null, null),
                "contacts", "abgelaufen-" + suffix, "Abgelaufen " + suffix, List.of(), null, null);
        a.bean(AuditStore.class).append(expired);
        var trailOfDay = new AuditFilter(null, null, null, null, expiredDay, expiredDay);
        var beforeRetention = b.as(SignedIn.ADMIN, Role.ADMIN, () -> b.bean(AuditTrail.class).find(trailOfDay, 0, 50));
        var retentionLog = new ListAppender<ILoggingEvent>();
        var retentionLogger = (Logger) LoggerFactory.getLogger("de.arbeitsgruppe.portal.audit.AuditRetention");
        retentionLog.start();
        retentionLogger.addAppender(retentionLog);
        try {
            atOnce(() -> a.runJob(OFFER_JOBS, "archiveEnded"), () -> b.runJob(OFFER_JOBS, "archiveEnded"));
            atOnce(() -> a.runJob(AUDIT_RETENTION, "removeExpired"), () -> b.runJob(AUDIT_RETENTION, "removeExpired"));
            // a restart after the locks' time: the locks are gone, the archived offer and the removed entries stay so
            var shedLock = a.bean(MongoTemplate.class).getCollection("shedLock");
            var locks = new ArrayList<String>();
            shedLock.find().forEach(lock -> locks.add(lock.getString("_id")));
            shedLock.deleteMany(Filters.in("_id", List.of("offer-archive", "audit-retention")));
            b.runJob(OFFER_JOBS, "archiveEnded");
            a.runJob(AUDIT_RETENTION, "removeExpired");

            assertThat(locks).as("ShedLock's locks, taken by one node each").contains("offer-archive", "audit-retention");
        } finally {
            retentionLogger.detachAppender(retentionLog);
        }

        var history = a.as(SignedIn.COORDINATOR, Role.COORDINATOR,
                () -> a.bean(AuditTrail.class).historyOf(Offer.class, offerId));
        assertThat(history.stream().filter(TwoNodesIT::archives)).as("the offer's history: archived once").hasSize(1);
        assertThat(b.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> b.bean(OfferManagement.class).find(offerId)))
                .as("the office sees it archived").hasValueSatisfying(offer -> {
                    assertThat(offer.getStatus()).isEqualTo(OfferStatus.ARCHIVED);
                    assertThat(offer.isListed()).isFalse();
                });
        assertThat(beforeRetention).as("the admin's trail of that day before").extracting(AuditEntry::id)
                .containsExactly(expired.id());
        assertThat(b.as(SignedIn.ADMIN, Role.ADMIN, () -> b.bean(AuditTrail.class).find(trailOfDay, 0, 50))).isEmpty();
        assertThat(retentionLog.list).extracting(ILoggingEvent::getFormattedMessage)
                .as("the retention's line in the log, written once").hasSize(1).first().asString()
                .startsWith("Audit trail: removed");
    }

    @Test
    @Order(100)
    void aUserStaysOnTheirNodeAndAfterItFailsLogsInAgainOnTheOtherWithNothingSavedLost() throws Exception {
        var browser = new Browser(proxy.port());
        assertThat(browser.logIn(SignedIn.COORDINATOR, DemoLogins.PASSWORD)).isEqualTo("/");
        var own = browser.node();
        var node = own.equals("a") ? a : b;
        var other = node == a ? b : a;
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/").statusCode()).as("signed in, on the same node").isEqualTo(200);
        }
        assertThat(browser.node()).isEqualTo(own);
        var title = "Vor dem Ausfall gespeichert " + suffix;
        var saved = node.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var meeting = new Meeting(MeetingType.SESSION, title, null, null);
            meeting.setLocalStart(LocalDateTime.of(Formats.today().plusDays(30), LocalTime.of(9, 0)));
            meeting.setLocalEnd(meeting.localStart().plusHours(2));
            return node.bean(MeetingManagement.class).create(meeting, null);
        });

        node.close();
        var afterFailure = browser.get("/");

        assertThat(afterFailure.statusCode()).isEqualTo(302);
        assertThat(Browser.path(afterFailure)).as("the login page of the other node").isEqualTo("/login");
        assertThat(browser.node()).isEqualTo(other.name());
        assertThat(proxy.assigned()).as("the proxy moved the user").last().isEqualTo(other.name());
        assertThat(browser.get("/login").body()).contains("name=\"_csrf\"");
        assertThat(browser.logIn(SignedIn.COORDINATOR, DemoLogins.PASSWORD)).as("back to the page asked for")
                .isEqualTo("/?continue");
        var file = browser.get("/ical/termine/" + saved.getId() + ".ics");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("SUMMARY:" + title);
    }

    private Account newAccount(String prefix, Role role) {
        return a.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            var account = new Account(prefix + "." + suffix, "Zwei Knoten " + prefix, role, ORGANISATION);
            account.setEmail(prefix + "." + suffix + "@musterstadt.example");
            return a.bean(AccountManagement.class).create(account, PASSWORD);
        });
    }

    /** An organisation with one person (account and directory entry) who owns a task due tomorrow; their address. */
    private String newPersonWithTaskDueTomorrow(String title) {
        var organisationId = a.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> a.bean(OrganisationManagement.class)
                .create(new Organisation("Verein Zweiknoten " + suffix, "ZK " + suffix, OrganisationKind.SONSTIGE,
                        Membership.PARTNER)).getId());
        var username = "zweiknoten-" + suffix;
        var email = username + "@verein.example";
        var contactId = a.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            var account = new Account(username, "Zora Zweiknoten", Role.PARTNER, organisationId);
            account.setEmail(email);
            a.bean(AccountManagement.class).create(account, PASSWORD);
            var contact = new Contact(ContactKind.PERSON, "Zora Zweiknoten", organisationId);
            contact.setEmail("kontakt-" + email);
            contact.setAccountUsername(username);
            return a.bean(ContactDirectory.class).create(contact).getId();
        });
        a.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var task = new Task(title, Formats.today().plusDays(1));
            task.setOwner(contactId, organisationId);
            return a.bean(TaskManagement.class).create(task);
        });
        return email;
    }

    /** A course of a new provider, published in the catalogue, whose end was yesterday (set afterwards: no user may enter a past end). */
    private String newPublishedOfferThatEndedYesterday(String title) {
        var providerId = a.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> a.bean(OrganisationManagement.class)
                .create(new Organisation("Sprachschule Zweiknoten " + suffix, "SZ " + suffix,
                        OrganisationKind.BILDUNGSTRAEGER, Membership.PARTNER)).getId());
        var published = a.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var offer = new Offer();
            offer.setProviderOrganisationId(providerId);
            var details = new OfferDetails();
            details.setKind(OfferKind.INTEGRATIONSKURS_ALLGEMEIN);
            details.setTitle(title);
            details.setFormat(OfferFormat.ONLINE);
            details.setStart(Formats.today());
            details.setEnd(Formats.today().plusDays(1));
            offer.setDetails(details);
            var submitted = a.bean(OfferManagement.class).submit(offer);
            return a.bean(OfferManagement.class).publish(submitted.getId(), submitted.getVersion());
        });
        var mongo = a.bean(MongoTemplate.class);
        var id = Query.query(Criteria.where("_id").is(published.getId()));
        var endedYesterday = Update.update("details.end", Formats.today().minusDays(1));
        mongo.updateFirst(id, endedYesterday, Offer.class);
        mongo.updateFirst(id, endedYesterday, CatalogueOffer.class);
        return published.getId();
    }

    private static boolean archives(AuditEntry entry) {
        return entry.changes().stream().anyMatch(change -> OfferStatus.ARCHIVED.name().equals(change.after()));
    }

    /** An id as the trail's own: the time first, so the entry sorts into its day. */
    private String entryId(LocalDate day) {
        return DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC)
                .format(day.atTime(12, 0).atZone(Formats.ZONE)) + "-0000" + suffix.substring(0, 6);
    }

    /** Runs both at the same moment, each in a thread of its own, as two nodes' schedulers would. */
    private static void atOnce(Runnable first, Runnable second) throws Exception {
        a.useSecurityContextOfThisNode();
        var start = new CyclicBarrier(2);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var runs = new ArrayList<Future<?>>();
            for (var job : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    job.run();
                    return null;
                }));
            }
            for (var run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * A feed without its DTSTAMP lines: each node keeps the public feed as it rendered it, stamped with
     * that moment; calendar programs go by UID, SEQUENCE and LAST-MODIFIED.
     */
    private static String withoutRenderTimes(String body) {
        return body.replaceAll("(?m)^DTSTAMP:.*\\R", "");
    }

    /** The answer once it is 200, or the last one after 30 s. */
    private static HttpResponse<String> eventually(Browser browser, String path) throws Exception {
        var until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            var answer = browser.get(path);
            if (answer.statusCode() == 200 || System.nanoTime() > until) {
                return answer;
            }
            Thread.sleep(250);
        }
    }
}
