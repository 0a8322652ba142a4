package de.arbeitsgruppe.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.audit.internal.TrailIndex;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the trail costs after years of a busy group: entries over two years in the embedded
 * database (50,000 inside {@code ./mvnw verify}, to keep the test command short; the README's
 * figures come from 200,000 with {@code -Daudit.benchmark.entries=200000}), the server time of a record's "Verlauf", of the first page of the admin list under
 * several filters, and what auditing adds to a contact save. Prints the figures; asserts only that
 * the answers are right, never a time. Its own working group and context.
 *
 * <p>{@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AuditBenchmarkIT -Daudit.benchmark.entries=200000}
 */
@SpringBootTest(properties = "portal.working-group-id=" + AuditBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class AuditBenchmarkIT {

    static final String WORKING_GROUP = "ag-audit-benchmark";
    /**
     * Seeding takes most of the run: the test command seeds a quarter, still enough that every filter
     * fills its first page (the rarest, a person's "angelegt" entries, has about 125).
     */
    private static final int ENTRIES = Integer.getInteger("audit.benchmark.entries", 50_000);
    private static final int WARM_UP = 5;
    private static final int MEASURED = 30;
    /**
     * A running portal has saved often enough for the JIT to compile the save path, in the portal and
     * in the embedded server; a few cold saves would measure the compiler instead.
     */
    private static final int SAVE_WARM_UP = 300;
    private static final String LISTENER_BEAN = "documentChangeListener";
    private static final int SAVE_BLOCK = 10;
    private static final String[] TYPES = {"contacts", "meetings", "organisations", "accounts", "agenda-backlog", "meeting-series", "outbox"};

    @Autowired
    AuditTrail trail;
    @Autowired
    ContactDirectory directory;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DocumentChangeListener auditListener;
    @Autowired
    AuditStore store;
    @Autowired
    ApplicationContext context;

    @Test
    void measuresHistoryFirstPagesAndTheCostOfAuditingASave() {
        long seeding = System.nanoTime();
        seed();
        var seedSeconds = (System.nanoTime() - seeding) / 1e9;

        var cases = new LinkedHashMap<String, Supplier<List<AuditEntry>>>();
        cases.put("Verlauf of one record (40 entries)", () -> asCoordinator(() -> trail.historyOf(Contact.class, "bench-target")));
        cases.put("first page, no filter", () -> asAdmin(() -> trail.find(AuditFilter.ALL, 0, 50)));
        cases.put("first page, person", () -> asAdmin(() -> trail.find(new AuditFilter("bench-user-3", null, null, null, null, null), 0, 50)));
        cases.put("first page, record type", () -> asAdmin(() -> trail.find(new AuditFilter(null, null, "meetings", null, null, null), 0, 50)));
        cases.put("first page, failed logins (1 %)", () -> asAdmin(() -> trail.find(new AuditFilter(null, null, null, AuditKind.LOGIN_FAILED, null, null), 0, 50)));
        cases.put("first page, organisation + last 30 days", () -> asAdmin(() -> trail.find(
                new AuditFilter(null, "bench-org-2", null, null, Formats.today().minusDays(30), null), 0, 50)));
        cases.put("first page, person + kind created", () -> asAdmin(() -> trail.find(
                new AuditFilter("bench-user-5", null, null, AuditKind.CREATED, null, null), 0, 50)));
        cases.put("first page, a name with no entry (all 730 days)", () -> asAdmin(() -> trail.find(
                new AuditFilter("nobody", null, null, null, null, null), 0, 50)));

        assertThat(cases.get("Verlauf of one record (40 entries)").get()).hasSize(40);
        cases.forEach((label, query) -> assertThat(query.get()).as(label).hasSize(label.startsWith("Verlauf") ? 40 : label.contains("no entry") ? 0 : 50)
                .isSortedAccordingTo((a, b) -> b.id().compareTo(a.id())));
        assertThat(cases.get("first page, failed logins (1 %)").get()).allMatch(entry -> entry.kind() == AuditKind.LOGIN_FAILED);

        var timings = new LinkedHashMap<String, List<Double>>();
        cases.forEach((label, query) -> timings.put(label, measure(query)));
        var saves = saveTimings();
        print(timings, saves, seedSeconds);
    }

    private List<Double> measure(Supplier<?> action) {
        var values = new ArrayList<Double>();
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            var millis = time(action);
            if (round >= WARM_UP) {
                values.add(millis);
            }
        }
        return values;
    }

    private static double time(Supplier<?> action) {
        long start = System.nanoTime();
        action.get();
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * The same contact saved through the directory, in turns with the trail's listener on and off, so
     * that both see the same state of the machine (a collection after the seeding, a GC, the JIT).
     */
    private Map<String, List<Double>> saveTimings() {
        var contact = asCoordinator(() -> directory.create(new Contact(ContactKind.PERSON, "Bench Kontakt", "org-agentur-musterstadt")));
        var counter = new int[1];
        Supplier<Object> save = () -> asCoordinator(() -> {
            var current = directory.find(contact.getId()).orElseThrow();
            current.setPhone("+49 5121 " + (10000 + counter[0]++));
            return directory.update(current);
        });
        // only the trail's listener is taken away: Spring Data's events, validation and the other
        // listeners stay, as they are part of every save with or without the trail
        var multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                ApplicationEventMulticaster.class);
        // as in a web request, which reads the logged-in account once
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(new org.springframework.mock.web.MockHttpServletRequest()));
        var with = new ArrayList<Double>();
        var without = new ArrayList<Double>();
        try {
            // blocks of ten: taking a listener away makes Spring look its listeners up again at the next event
            for (int round = 0; round < SAVE_WARM_UP + MEASURED; round += SAVE_BLOCK) {
                var withTrail = new ArrayList<Double>();
                for (int i = 0; i < SAVE_BLOCK; i++) {
                    withTrail.add(time(save));
                }
                // Spring keeps the listener twice: as an object and by its bean name
                multicaster.removeApplicationListener(auditListener);
                multicaster.removeApplicationListenerBean(LISTENER_BEAN);
                var withoutTrail = new ArrayList<Double>();
                for (int i = 0; i < SAVE_BLOCK; i++) {
                    withoutTrail.add(time(save));
                }
                multicaster.addApplicationListener(auditListener);
                multicaster.addApplicationListenerBean(LISTENER_BEAN);
                if (round >= SAVE_WARM_UP) {
                    with.addAll(withTrail);
                    without.addAll(withoutTrail);
                }
            }
        } finally {
            multicaster.addApplicationListener(auditListener);
            multicaster.addApplicationListenerBean(LISTENER_BEAN);
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        var results = new LinkedHashMap<String, List<Double>>();
        results.put("contact save with audit", with);
        results.put("contact save without audit", without);
        // the saves with the trail, and not one of those without it
        assertThat(store.recordList(TrailIndex.recordListId(contact.getWorkingGroupId(), "contacts", contact.getId())))
                .hasSize(1 + SAVE_WARM_UP + MEASURED);
        return results;
    }

    private void seed() {
        var random = new Random(42);
        var now = Instant.now();
        var entries = new ArrayList<AuditEntry>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            // from yesterday back: today's index documents already hold the entries of the demo data
            var at = now.minus(1, ChronoUnit.DAYS).minus(random.nextLong(729L * 24 * 60), ChronoUnit.MINUTES);
            var user = random.nextInt(20);
            var roll = random.nextInt(100);
            var kind = roll == 0 ? AuditKind.LOGIN_FAILED : roll < 5 ? AuditKind.LOGIN : roll < 10 ? AuditKind.CREATED : AuditKind.CHANGED;
            var type = TYPES[random.nextInt(TYPES.length)];
            var recordId = i < 40 ? "bench-target" : "bench-" + random.nextInt(20_000);
            entries.add(new AuditEntry(AuditRecorder.newId(at), WORKING_GROUP, at.truncatedTo(ChronoUnit.MILLIS), kind,
                    new AuditActor("bench-user-" + user, "Person " + user, "bench-org-" + user % 5, "Organisation " + user % 5),
                    i < 40 ? "contacts" : type, recordId, "Datensatz " + recordId,
                    List.of(FieldChange.of("contact.phone", "+49 5121 " + i, "+49 5121 " + (i + 1), null)), null, null));
        }
        // the same documents AuditStore.append writes, built in memory and inserted in batches
        var lists = new HashMap<String, Document>();
        for (AuditEntry entry : entries) {
            var bucket = lists.computeIfAbsent(TrailIndex.bucketId(entry), id -> new Document("_id", id)
                    .append("day", TrailIndex.dayOf(entry).toString()).append("lists", new Document()));
            for (String name : TrailIndex.listNames(entry)) {
                var named = bucket.get("lists", Document.class);
                named.computeIfAbsent(name, key -> new ArrayList<String>());
                named.getList(name, String.class).add(entry.id());
            }
            lists.computeIfAbsent(TrailIndex.recordListId(entry), id -> new Document("_id", id).append("ids", new ArrayList<String>()))
                    .getList("ids", String.class).add(entry.id());
        }
        var converter = mongo.getConverter();
        var documents = new ArrayList<Document>();
        entries.forEach(entry -> {
            var document = new Document();
            converter.write(entry, document);
            documents.add(document);
        });
        documents.addAll(lists.values());
        for (int from = 0; from < documents.size(); from += 5_000) {
            mongo.getCollection(AuditStore.COLLECTION).insertMany(documents.subList(from, Math.min(documents.size(), from + 5_000)),
                    new com.mongodb.client.model.InsertManyOptions().ordered(false));
        }
    }

    private static void print(Map<String, List<Double>> timings, Map<String, List<Double>> saves, double seedSeconds) {
        var out = new StringBuilder("\n").append("=".repeat(100)).append('\n');
        out.append("BENCHMARK audit trail: %d entries over 730 days in working group %s (seeded in %.0f s); %d warm-up + %d measured runs%n"
                .formatted(ENTRIES, WORKING_GROUP, seedSeconds, WARM_UP, MEASURED));
        out.append("%-44s %9s %9s %9s%n".formatted("what", "median ms", "p90 ms", "max ms"));
        timings.forEach((label, values) -> out.append(row(label, values)));
        saves.forEach((label, values) -> out.append(row(label, values)));
        var added = percentile(saves.get("contact save with audit"), 50) - percentile(saves.get("contact save without audit"), 50);
        out.append("auditing adds %.2f ms median to a contact save%n".formatted(added));
        out.append("=".repeat(100)).append('\n');
        System.out.println(out);
    }

    private static String row(String label, List<Double> values) {
        return "%-44s %9.1f %9.1f %9.1f%n".formatted(label, percentile(values, 50), percentile(values, 90), percentile(values, 100));
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static <T> T asAdmin(Supplier<T> action) {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, action);
    }
}
