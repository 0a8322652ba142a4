package de.arbeitsgruppe.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.audit.internal.AuditStore;
import de.arbeitsgruppe.portal.audit.internal.IndexKey;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the trail costs after years of a busy group: 200,000 entries over two years in the embedded
 * database, the server time of a record's "Verlauf", of the first page of the admin list under
 * several filters, and what auditing adds to a contact save. Prints the figures; asserts only that
 * the answers are right, never a time. Its own working group and context.
 *
 * <p>{@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AuditBenchmarkIT}
 */
@SpringBootTest(properties = "portal.working-group-id=" + AuditBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class AuditBenchmarkIT {

    static final String WORKING_GROUP = "ag-audit-benchmark";
    private static final int ENTRIES = 200_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 30;
    private static final String[] TYPES = {"contacts", "meetings", "organisations", "accounts", "agenda-backlog", "meeting-series", "outbox"};

    @Autowired
    AuditTrail trail;
    @Autowired
    ContactDirectory directory;
    @Autowired
    MongoTemplate mongo;

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

        assertThat(cases.get("Verlauf of one record (40 entries)").get()).hasSize(40);
        cases.forEach((label, query) -> assertThat(query.get()).as(label).hasSize(label.startsWith("Verlauf") ? 40 : 50)
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
            long start = System.nanoTime();
            action.get();
            if (round >= WARM_UP) {
                values.add((System.nanoTime() - start) / 1e6);
            }
        }
        return values;
    }

    /** The same contact saved through the directory with the trail on, then with Spring Data's events off. */
    private Map<String, List<Double>> saveTimings() {
        var contact = asCoordinator(() -> directory.create(new Contact(ContactKind.PERSON, "Bench Kontakt", "org-agentur-musterstadt")));
        var counter = new int[1];
        Supplier<Object> save = () -> asCoordinator(() -> {
            var current = directory.find(contact.getId()).orElseThrow();
            current.setPhone("+49 5121 " + (10000 + counter[0]++));
            return directory.update(current);
        });
        // as in a web request, which reads the logged-in account once
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(new org.springframework.mock.web.MockHttpServletRequest()));
        var results = new LinkedHashMap<String, List<Double>>();
        results.put("contact save with audit", measure(save));
        mongo.setEntityLifecycleEventsEnabled(false);
        try {
            results.put("contact save without audit", measure(save));
        } finally {
            mongo.setEntityLifecycleEventsEnabled(true);
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        var history = asCoordinator(() -> trail.historyOf(Contact.class, contact.getId()));
        assertThat(history).hasSize(1 + WARM_UP + MEASURED);
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
        var index = new HashMap<String, Document>();
        for (AuditEntry entry : entries) {
            for (IndexKey key : AuditRecorder.keys(entry)) {
                index.computeIfAbsent(key.id(), id -> new Document("_id", id).append("day", key.day() == null ? null : key.day().toString())
                        .append("ids", new ArrayList<String>())).getList("ids", String.class).add(entry.id());
            }
        }
        var converter = mongo.getConverter();
        var raw = entries.stream().map(entry -> {
            var document = new Document();
            converter.write(entry, document);
            return document;
        }).toList();
        for (int from = 0; from < raw.size(); from += 5_000) {
            mongo.getCollection(AuditStore.ENTRIES).insertMany(raw.subList(from, Math.min(raw.size(), from + 5_000)),
                    new com.mongodb.client.model.InsertManyOptions().ordered(false));
        }
        var documents = new ArrayList<>(index.values());
        for (int from = 0; from < documents.size(); from += 5_000) {
            mongo.getCollection(AuditStore.INDEX).insertMany(documents.subList(from, Math.min(documents.size(), from + 5_000)));
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
