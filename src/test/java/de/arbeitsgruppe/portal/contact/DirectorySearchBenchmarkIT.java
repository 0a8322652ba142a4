package de.arbeitsgruppe.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the directory's first page costs with a large working group: 1,000 organisations and 10,000
 * contacts in the embedded database, the server time of {@code search(query, 0, 50)} plus
 * {@code count(query)} per query. Prints the figures; asserts only that the answers are right,
 * never a time. Its own working group and context, so the data stays out of other tests.
 *
 * <p>{@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DirectorySearchBenchmarkIT}
 */
@SpringBootTest(properties = "portal.working-group-id=" + DirectorySearchBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class DirectorySearchBenchmarkIT {

    static final String WORKING_GROUP = "ag-benchmark";
    private static final int PAGE = 50;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 15;

    @Autowired
    ContactDirectory directory;
    @Autowired
    MongoTemplate mongo;

    private record Case(String label, String user, Role role, ContactQuery query) {
    }

    @Test
    void measuresTheFirstPageOfTheDirectoryAndChecksItsAnswers() {
        var organisations = mongo.insert(BenchmarkDirectoryData.organisations(WORKING_GROUP), Organisation.class);
        for (var batch : batches(BenchmarkDirectoryData.contacts(new ArrayList<>(organisations), WORKING_GROUP,
                directory::topicWords))) {
            mongo.insert(batch, Contact.class);
        }
        var all = mongo.find(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP)), Contact.class);
        var organisationCount = mongo.count(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP)),
                Organisation.class);
        assertThat(organisations).hasSize(1_000);
        assertThat(all).hasSizeGreaterThanOrEqualTo(10_000);

        var cases = List.of(
                new Case("empty (all entries)", SignedIn.COORDINATOR, Role.COORDINATOR, ContactQuery.ALL),
                new Case("empty, as partner", SignedIn.PARTNER, Role.PARTNER, ContactQuery.ALL),
                new Case("name prefix 'schm'", SignedIn.COORDINATOR, Role.COORDINATOR, text("schm")),
                new Case("topic word 'Sprachförderung'", SignedIn.COORDINATOR, Role.COORDINATOR, text("Sprachförderung")),
                new Case("organisation 'Caritasverband'", SignedIn.COORDINATOR, Role.COORDINATOR, text("Caritasverband")),
                new Case("two tokens 'müller hildesheim'", SignedIn.COORDINATOR, Role.COORDINATOR, text("müller hildesheim")),
                new Case("interface Kommune–Jobcenter + 'leistung'", SignedIn.COORDINATOR, Role.COORDINATOR,
                        new ContactQuery("leistung", ContactInterface.KOMMUNE_JOBCENTER, null, null)));

        for (var c : cases) {
            checkAnswers(c, all);
        }
        var timings = new LinkedHashMap<Case, List<Double>>();
        cases.forEach(c -> timings.put(c, new ArrayList<>()));
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            for (var c : cases) {
                var millis = firstPageMillis(c);
                if (round >= WARM_UP_ROUNDS) {
                    timings.get(c).add(millis);
                }
            }
        }
        print(timings, organisationCount, all.size());
    }

    /** The page and the count are what brute force over all entries of the working group says. */
    private void checkAnswers(Case c, List<Contact> all) {
        var visible = c.role() == Role.PARTNER ? Set.of(Visibility.PARTNERS, Visibility.PUBLIC) : Set.of(Visibility.values());
        var expected = all.stream().filter(contact -> visible.contains(contact.getVisibility()))
                .filter(matches(c.query())).sorted(Comparator.comparing(Contact::getName, Comparator.comparing(Texts::fold)))
                .toList();
        SignedIn.as(c.user(), c.role(), () -> {
            var first = directory.firstPage(c.query(), PAGE);
            var page = first.contacts();
            var count = first.total();
            assertThat(page.stream().map(Contact::getId).toList()).as(c.label())
                    .isEqualTo(directory.search(c.query(), 0, PAGE).stream().map(Contact::getId).toList());
            assertThat(page).as(c.label()).isNotEmpty().hasSize((int) Math.min(PAGE, expected.size()));
            assertThat(count).as(c.label()).isEqualTo(expected.size());
            assertThat(page).as(c.label()).allMatch(matches(c.query())).allMatch(x -> visible.contains(x.getVisibility()));
            assertThat(page.stream().map(x -> Texts.fold(x.getName())).toList()).as(c.label())
                    .isEqualTo(expected.stream().limit(PAGE).map(x -> Texts.fold(x.getName())).toList());
        });
    }

    /** Every typed word starts a word of the entry's name, function, unit, organisation or topics. */
    private Predicate<Contact> matches(ContactQuery query) {
        var typed = Texts.queryTokens(query.text());
        return contact -> {
            var words = Texts.searchTokens(contact.getName(), contact.getFunction(), contact.getOrganisationalUnit(),
                    contact.getOrganisationName(), String.join(" ", contact.getTopics().stream().map(directory::topicWords).toList()));
            return typed.stream().allMatch(token -> words.stream().anyMatch(word -> word.startsWith(token)))
                    && (query.contactInterface() == null || contact.getInterfaces().contains(query.contactInterface()));
        };
    }

    private double firstPageMillis(Case c) {
        return SignedIn.as(c.user(), c.role(), () -> {
            long start = System.nanoTime();
            directory.firstPage(c.query(), PAGE);
            return (System.nanoTime() - start) / 1e6;
        });
    }

    private static void print(Map<Case, List<Double>> timings, long organisations, int contacts) {
        var overall = timings.values().stream().flatMap(List::stream).toList();
        var out = new StringBuilder("\n");
        out.append("=".repeat(100)).append('\n');
        out.append("BENCHMARK directory search: median %s ms, p90 %s ms, max %s ms (first page of %d with the total, one query)%n"
                .formatted(ms(percentile(overall, 50)), ms(percentile(overall, 90)), ms(percentile(overall, 100)), PAGE));
        out.append("seeded: 1000 organisations, 10000 contacts (with the demo records: %d organisations, %d contacts) "
                .formatted(organisations, contacts)
                + "in working group %s; %d warm-up + %d measured runs per query%n"
                        .formatted(WORKING_GROUP, WARM_UP_ROUNDS, MEASURED_ROUNDS));
        out.append("%-44s %9s %9s %9s%n".formatted("query", "median ms", "p90 ms", "max ms"));
        timings.forEach((c, values) -> out.append("%-44s %9s %9s %9s%n".formatted(c.label(),
                ms(percentile(values, 50)), ms(percentile(values, 90)), ms(percentile(values, 100)))));
        out.append("=".repeat(100));
        System.out.println(out);
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String ms(double millis) {
        return "%.1f".formatted(millis);
    }

    private static ContactQuery text(String text) {
        return new ContactQuery(text, null, null, null);
    }

    private static List<List<Contact>> batches(List<Contact> contacts) {
        var batches = new ArrayList<List<Contact>>();
        for (int i = 0; i < contacts.size(); i += 1000) {
            batches.add(contacts.subList(i, Math.min(contacts.size(), i + 1000)));
        }
        return batches;
    }
}
