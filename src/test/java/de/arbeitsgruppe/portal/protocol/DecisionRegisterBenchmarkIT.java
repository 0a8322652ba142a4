package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the register's first page costs with the decisions of 2,000 meetings' minutes (20,000
 * decisions over ten years, wordings from a small German vocabulary) in the embedded database: the
 * server time of {@code search(new DecisionFilter("sprach", …), 0, 50)} as the coordinator. Prints
 * the median; asserts only that the answers are right, never a time. Its own working group and
 * context, so the data stays out of other tests.
 *
 * <p>{@code ./mvnw verify -Dvaadin.skip -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DecisionRegisterBenchmarkIT}
 */
@SpringBootTest(properties = "portal.working-group-id=" + DecisionRegisterBenchmarkIT.WORKING_GROUP)
@ActiveProfiles("test")
@DirtiesContext
class DecisionRegisterBenchmarkIT {

    static final String WORKING_GROUP = "ag-benchmark-beschluesse";
    private static final int PROTOCOLS = 2_000;
    private static final int DECISIONS_PER_PROTOCOL = 10;
    private static final int FIRST_YEAR = 2017;
    private static final int YEARS = 10;
    private static final int PAGE = 50;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 50;

    private static final List<String> SUBJECTS = List.of("die Sprechzeiten der Jobcenter", "den Übergang Schule – Beruf",
            "die Anerkennung ausländischer Abschlüsse", "die Kinderbetreuung während der Kurse", "den Informationstag für Arbeitgeber",
            "die Fallübergabe zwischen den Rechtskreisen", "die Beratung von Alleinerziehenden", "die Wohnungssuche Geflüchteter",
            "die Schuldnerberatung", "die Qualifizierung von Langzeitarbeitslosen", "den Datenschutz bei Fallkonferenzen",
            "die Erreichbarkeit der Ausländerbehörde", "die Jugendberufsagentur", "das Bewerbungstraining", "die Mobilitätshilfen",
            "die Einstiegsqualifizierung", "die Arbeitsgelegenheiten", "die Zusammenarbeit mit den Kammern",
            "die Gesundheitsförderung", "die Sprachkurse am Abend", "die Öffentlichkeitsarbeit", "den Haushalt des Netzwerks",
            "die Dolmetscherdienste", "die Digitalisierung der Anträge", "die Ehrenamtskoordination", "die Frauenförderung",
            "die Berufsorientierung an Schulen", "das Fallmanagement", "die Evaluation des Projekts", "die Teilhabe am Arbeitsmarkt");
    private static final List<String> VERBS = List.of("beschließt", "empfiehlt", "beauftragt die Geschäftsstelle mit",
            "nimmt zur Kenntnis", "vertagt die Entscheidung über", "stimmt zu:");
    private static final List<String> FOLLOW_UPS = List.of("Ein Bericht folgt in der nächsten Sitzung.",
            "Die Koordinierungsstelle lädt zu einem Arbeitstreffen ein.", "Die Träger werden schriftlich informiert.",
            "Die Kosten trägt der Landkreis.", "Eine Arbeitsgruppe legt bis zum Quartalsende einen Entwurf vor.",
            "Die Umsetzung wird nach sechs Monaten ausgewertet.");
    private static final List<String> ITEMS = List.of("Berichte aus den Rechtskreisen", "Verschiedenes", "Haushalt",
            "Schnittstellen", "Veranstaltungen", "Projekte", "Anträge", "Rückblick", "Planung", "Netzwerk");
    private static final List<String> ORGANISATIONS = List.of("org-landkreis-musterstadt", "org-agentur-musterstadt",
            "org-jobcenter-musterstadt", "org-caritas-musterstadt", "org-diakonie-musterstadt");

    @Autowired
    DecisionRegister register;
    @Autowired
    MongoTemplate mongo;

    @Test
    void measuresTheFirstPageOfASearchAndChecksItsAnswers() {
        seed();
        // the demo's own decisions are in the group too: the expected page is what brute force over all says
        var all = mongo.find(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP)), Decision.class);
        var expected = all.stream().filter(decision -> decision.getWords().stream().anyMatch(word -> word.startsWith("sprach")))
                .sorted(java.util.Comparator.comparing(Decision::getYear).thenComparing(Decision::getSequence).reversed())
                .map(Decision::getNumber).toList();
        assertThat(mongo.count(new Query(Criteria.where("workingGroupId").is(WORKING_GROUP)), Decision.class))
                .isGreaterThanOrEqualTo(PROTOCOLS * DECISIONS_PER_PROTOCOL);
        var filter = new DecisionFilter("sprach", null, null, null, null);

        var page = asCoordinator(() -> register.search(filter, 0, PAGE));

        assertThat(expected).hasSizeGreaterThan(PAGE);
        assertThat(page).hasSize(PAGE).extracting(Decision::getNumber).containsExactlyElementsOf(expected.subList(0, PAGE));
        var timings = new ArrayList<Double>();
        var scans = new ArrayList<Double>();
        var everyDecision = new Query(Criteria.where("workingGroupId").is(WORKING_GROUP));
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            var search = millis(() -> register.search(filter, 0, PAGE));
            // the embedded server reads every decision of the group for any query: the floor of the search
            var scan = millis(() -> mongo.count(everyDecision, Decision.class));
            if (round >= WARM_UP_ROUNDS) {
                timings.add(search);
                scans.add(scan);
            }
        }
        System.out.printf("Benchmark decision register: 20,000 decisions, first page with search, median %.1f ms "
                + "(p90 %.1f ms; %d hits for 'sprach'; %d warm-up and %d measured runs; "
                + "a bare count of the group's decisions, the embedded server's full scan, median %.1f ms)%n",
                percentile(timings, 50), percentile(timings, 90), expected.size(), WARM_UP_ROUNDS, MEASURED_ROUNDS,
                percentile(scans, 50));
    }

    private static double millis(Supplier<?> action) {
        return asCoordinator(() -> {
            long start = System.nanoTime();
            action.get();
            return (System.nanoTime() - start) / 1e6;
        });
    }

    /** 2,000 meetings' minutes of ten decisions each, the same on every run (a fixed seed). */
    private List<Decision> seed() {
        var random = new Random(20_27);
        var all = new ArrayList<Decision>();
        var batch = new ArrayList<Decision>();
        var perYear = PROTOCOLS / YEARS;
        for (int protocol = 0; protocol < PROTOCOLS; protocol++) {
            var year = FIRST_YEAR + protocol / perYear;
            var start = LocalDateTime.of(year, 1, 1, 10, 0).plusDays((protocol % perYear) * 365L / perYear)
                    .atZone(Formats.ZONE).toInstant();
            var type = MeetingType.values()[random.nextInt(MeetingType.values().length)];
            var invited = Set.of(ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())));
            for (int item = 1; item <= DECISIONS_PER_PROTOCOL; item++) {
                var wording = "Die Arbeitsgruppe " + VERBS.get(random.nextInt(VERBS.size())) + " "
                        + SUBJECTS.get(random.nextInt(SUBJECTS.size())) + ". " + FOLLOW_UPS.get(random.nextInt(FOLLOW_UPS.size()));
                var decision = new Decision(wording, DecisionResult.values()[random.nextInt(DecisionResult.values().length)]);
                decision.setWorkingGroupId(WORKING_GROUP);
                decision.setProtocolId("m-benchmark-" + protocol);
                decision.setAgendaItemId("i-" + protocol + "-" + item);
                decision.numbered(year, (protocol % perYear) * DECISIONS_PER_PROTOCOL + item);
                decision.setAgreedOrganisationIds(Set.of(ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()))));
                decision.describe(new Decision.DecisionContext(start, type, "Sitzung " + (protocol + 1), ITEMS.get(item - 1),
                        item, random.nextInt(3) > 0, random.nextBoolean(), invited,
                        random.nextInt(20) == 0 ? ProtocolState.DRAFT : ProtocolState.APPROVED));
                batch.add(decision);
            }
            if (batch.size() >= 1_000) {
                insert(batch);
                all.addAll(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            insert(batch);
            all.addAll(batch);
        }
        return all;
    }

    /**
     * Straight into the collection: through {@code MongoTemplate.insert} the audit trail's listener writes
     * an entry per decision, and seeding takes minutes instead of seconds.
     */
    private void insert(List<Decision> batch) {
        var documents = batch.stream().map(decision -> {
            var document = new org.bson.Document();
            mongo.getConverter().write(decision, document);
            return document;
        }).toList();
        mongo.getCollection(mongo.getCollectionName(Decision.class)).insertMany(documents);
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
