package de.arbeitsgruppe.portal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.protocol.internal.Decisions;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The decision register: prefix search over wording and item whatever the case and umlauts, what
 * partners may read, the filters, the order and the CSV file. Each test stores its decisions in a
 * year of its own far in the future, so the decisions of other tests never get in the way.
 */
@SpringBootTest
@ActiveProfiles("test")
class DecisionRegisterIT {

    private static final String CARITAS = "org-caritas-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";
    private static final String JOBCENTER = "org-jobcenter-musterstadt";
    private static final AtomicInteger YEARS = new AtomicInteger(ThreadLocalRandom.current().nextInt(2200, 8000) / 10 * 10);

    @Autowired
    DecisionRegister register;
    @Autowired
    Decisions decisions;
    @Autowired
    PortalProperties properties;

    private int year;
    private int sequence;

    @BeforeEach
    void aYearOfItsOwn() {
        year = YEARS.getAndAdd(10);
        sequence = 0;
    }

    @Test
    void findsTheBeginningsOfWordsWhateverTheCaseAndTheUmlauts() {
        var courses = store(approved("Die Arbeitsgruppe empfiehlt weitere Sprachkurse am Abend.", "Verschiedenes"));
        var folded = store(approved("Träger melden freie Plätze in SPRACHKÜRSEN monatlich.", "Berichte"));
        var transition = store(approved("Ein gemeinsamer Leitfaden wird erstellt.", "Übergang Schule – Beruf"));
        var other = store(approved("Der nächste Informationstag findet im Herbst statt.", "Termine"));

        assertThat(numbers(asCoordinator(() -> register.search(inYear("Sprachkurs"), 0, 50))))
                .containsExactly(folded.getNumber(), courses.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(inYear("sprachkürse"), 0, 50))))
                .containsExactly(folded.getNumber(), courses.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(inYear("Ubergang"), 0, 50))))
                .containsExactly(transition.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(inYear("uebergang leitfaden"), 0, 50))))
                .containsExactly(transition.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(inYear("gang"), 0, 50)))).isEmpty();
        assertThat(numbers(asCoordinator(() -> register.search(new DecisionFilter(null, year, null, null, null), 0, 50))))
                .contains(other.getNumber()).hasSize(4);
    }

    @Test
    void findsADecisionByASynonymOfTheWordTyped() {
        var course = store(approved("Der Integrationskurs am Vormittag wird verlängert.", "Kurse"));

        assertThat(numbers(asCoordinator(() -> register.search(inYear("Sprachkurs"), 0, 50))))
                .containsExactly(course.getNumber());
    }

    @Test
    void showsAPartnerOnlyWhatItsOrganisationMayReadAndNothingOfADraft() {
        var open = store(decision("Offen für alle Partner.", true, true, Set.of(), ProtocolState.APPROVED));
        var internalItem = store(decision("Nur intern beraten.", false, true, Set.of(CARITAS), ProtocolState.APPROVED));
        var invited = store(decision("Mit der Caritas beraten.", true, false, Set.of(CARITAS), ProtocolState.CIRCULATING));
        var invitedOthers = store(decision("Mit dem Jobcenter beraten.", true, false, Set.of(JOBCENTER), ProtocolState.APPROVED));
        var draft = store(decision("Noch im Entwurf.", true, true, Set.of(CARITAS), ProtocolState.DRAFT));
        var all = new DecisionFilter(null, year, null, null, null);

        var partner = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> register.search(all, 0, 50));
        var member = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> register.search(all, 0, 50));

        assertThat(numbers(partner)).containsExactly(invited.getNumber(), open.getNumber());
        assertThat(numbers(member)).containsExactlyInAnyOrder(open.getNumber(), internalItem.getNumber(),
                invited.getNumber(), invitedOthers.getNumber(), draft.getNumber());
        assertThat(SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> register.search(
                new DecisionFilter("Entwurf", year, null, null, null), 0, 50))).isEmpty();
    }

    @Test
    void filtersByYearResultKindOfMeetingAndOrganisation() {
        var adopted = store(approved("Die Sprechzeiten werden abgestimmt.", "Sprechzeiten"));
        adopted.setAgreedOrganisationIds(Set.of(AGENTUR, JOBCENTER));
        decisions.save(adopted);
        var rejected = store(withResult(approved("Ein zweiter Infotag wird abgelehnt.", "Infotag"), DecisionResult.REJECTED));
        var talk = decision("Die Übergabe von Fällen wird beschleunigt.", false, false, Set.of(), ProtocolState.APPROVED);
        talk.describe(context(MeetingType.INTERFACE_TALK, "Übergaben", false, false, Set.of(), ProtocolState.APPROVED));
        store(talk);
        var lastYear = year;
        year++;
        var nextYear = store(approved("Die Sprechzeiten bleiben.", "Sprechzeiten"));

        assertThat(numbers(asCoordinator(() -> register.search(new DecisionFilter(null, lastYear, null, null, null), 0, 50))))
                .containsExactly(talk.getNumber(), rejected.getNumber(), adopted.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(
                new DecisionFilter(null, lastYear, DecisionResult.REJECTED, null, null), 0, 50))))
                .containsExactly(rejected.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(
                new DecisionFilter(null, lastYear, null, MeetingType.INTERFACE_TALK, null), 0, 50))))
                .containsExactly(talk.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(
                new DecisionFilter(null, lastYear, null, null, JOBCENTER), 0, 50))))
                .containsExactly(adopted.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(
                new DecisionFilter("Sprechzeiten", year, null, null, null), 0, 50))))
                .containsExactly(nextYear.getNumber());
        assertThat(asCoordinator(register::years)).contains(lastYear, year)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void listsTheNewestDecisionFirstAndPagesThroughTheRest() {
        var token = "kennung" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var first = store(approved("Erster Beschluss " + token, "Eins"));
        var second = store(approved("Zweiter Beschluss " + token, "Zwei"));
        year++;
        var newest = store(approved("Neuester Beschluss " + token, "Drei"));

        assertThat(numbers(asCoordinator(() -> register.search(text(token), 0, 50))))
                .containsExactly(newest.getNumber(), second.getNumber(), first.getNumber());
        assertThat(numbers(asCoordinator(() -> register.search(text(token), 1, 1)))).containsExactly(second.getNumber());
        assertThat(asCoordinator(() -> register.search(text(token), -10, 100_000))).hasSize(3);
        assertThat(asCoordinator(() -> register.search(text(token), 0, 50))).allSatisfy(
                decision -> assertThat(decision.getWords()).isEmpty());
    }

    @Test
    void exportsTheFilteredRegisterAsCsvWithTheResultInGerman() throws IOException {
        var decision = approved("Die AG beschließt: Sprachkurse am Abend; Kinderbetreuung wird organisiert.", "Sprachkurse");
        decision.setVotesYes(7);
        decision.setVotesNo(1);
        decision.setAbstentions(2);
        decision.setAgreedOrganisationIds(Set.of(AGENTUR, JOBCENTER));
        store(decision);
        store(withResult(approved("=HYPERLINK(\"http://example.org\") wird vertagt.", "Verschiedenes"), DecisionResult.POSTPONED));

        var out = new StringWriter();
        asCoordinator(() -> {
            register.csv(new DecisionFilter(null, year, null, null, null), out);
            return null;
        });

        var csv = out.toString();
        assertThat(csv).startsWith("\uFEFF").contains("\"Die AG beschließt: Sprachkurse am Abend; Kinderbetreuung wird organisiert.\"");
        var records = parse(csv);
        assertThat(records.getFirst().values()).containsExactly("Nummer", "Datum", "Sitzung", "TOP", "Beschluss",
                "Ergebnis", "Abstimmung", "Organisationen");
        var postponed = records.get(1);
        assertThat(postponed.get(4)).isEqualTo("'=HYPERLINK(\"http://example.org\") wird vertagt.");
        assertThat(postponed.get(5)).isEqualTo("vertagt");
        assertThat(postponed.get(6)).isEmpty();
        var adopted = records.get(2);
        assertThat(adopted.values()).containsExactly(decision.getNumber(), "12.03." + year, "Sitzung der Arbeitsgruppe",
                "TOP 3 · Sprachkurse", "Die AG beschließt: Sprachkurse am Abend; Kinderbetreuung wird organisiert.",
                "beschlossen", "Ja 7 / Nein 1 / Enthaltung 2", "Agentur für Arbeit Musterstadt, Jobcenter Musterstadt");
        assertThat(records).hasSize(3);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(new StringReader(csv.substring(1)))
                .getRecords();
    }

    private Decision approved(String wording, String itemTitle) {
        return decision(wording, itemTitle, true, true, Set.of(), ProtocolState.APPROVED);
    }

    private Decision decision(String wording, boolean publicItem, boolean meetingVisibleToPartners, Set<String> invited,
            ProtocolState state) {
        return decision(wording, "Punkt", publicItem, meetingVisibleToPartners, invited, state);
    }

    private Decision decision(String wording, String itemTitle, boolean publicItem, boolean meetingVisibleToPartners,
            Set<String> invited, ProtocolState state) {
        var decision = new Decision(wording, DecisionResult.ADOPTED);
        decision.setWorkingGroupId(properties.workingGroupId());
        decision.setProtocolId("m-register-" + year);
        decision.setAgendaItemId("i-" + UUID.randomUUID());
        decision.numbered(year, ++sequence);
        decision.describe(new Decision.DecisionContext(LocalDateTime.of(year, 3, 12, 10, 0)
                .atZone(de.arbeitsgruppe.portal.shared.Formats.ZONE).toInstant(), MeetingType.SESSION,
                "Sitzung der Arbeitsgruppe", itemTitle, 3, publicItem, meetingVisibleToPartners, invited, state));
        return decision;
    }

    private Decision.DecisionContext context(MeetingType type, String itemTitle, boolean publicItem,
            boolean meetingVisibleToPartners, Set<String> invited, ProtocolState state) {
        return new Decision.DecisionContext(LocalDateTime.of(year, 5, 4, 9, 0)
                .atZone(de.arbeitsgruppe.portal.shared.Formats.ZONE).toInstant(), type, "Schnittstellengespräch",
                itemTitle, 1, publicItem, meetingVisibleToPartners, invited, state);
    }

    private static Decision withResult(Decision decision, DecisionResult result) {
        decision.setResult(result);
        return decision;
    }

    private Decision store(Decision decision) {
        return decisions.save(decision);
    }

    private DecisionFilter text(String text) {
        return new DecisionFilter(text, null, null, null, null);
    }

    private DecisionFilter inYear(String text) {
        return new DecisionFilter(text, year, null, null, null);
    }

    private static List<String> numbers(List<Decision> found) {
        return found.stream().map(Decision::getNumber).toList();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
