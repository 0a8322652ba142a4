package de.arbeitsgruppe.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferFixtures;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.protocol.DecisionResult;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The leadership report on the demo data: its figures against the records counted here directly in the
 * database, the sent report frozen against later changes, and who may build, send and read.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportManagementIT {

    private static final String GROUP = "ag-musterstadt";

    @Autowired
    ReportManagement reports;
    @Autowired
    TaskManagement tasks;
    @Autowired
    OfferManagement offers;
    @Autowired
    Districts districts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReportRecipients recipients;

    private final ReportPeriod lastYear = ReportPeriod.span(Formats.today().minusYears(1), Formats.today());

    @Test
    void countsTheMeetingsOfThePeriodByKindAndStateAsTheCalendarHoldsThem() {
        var figures = asCoordinator(() -> reports.build(lastYear, null));

        var table = table(figures, "meetings", 0);
        var raw = mongo.find(new Query(Criteria.where("workingGroupId").is(GROUP).and("start")
                .gte(lastYear.start()).lt(lastYear.end())), Document.class, "meetings");
        assertThat(raw).as("the demo calendar has meetings in the last year").isNotEmpty();
        for (var type : MeetingType.values()) {
            for (var state : MeetingState.values()) {
                var expected = raw.stream().filter(meeting -> type.name().equals(meeting.getString("type"))
                        && state.name().equals(meeting.getString("state"))).count();
                assertThat(table.rows().get(type.ordinal()).values().get(state.ordinal()))
                        .as("%s %s", type, state).isEqualTo((double) expected);
            }
        }
        var jointEventsHeld = raw.stream().filter(meeting -> "JOINT_EVENT".equals(meeting.getString("type"))
                && "HELD".equals(meeting.getString("state"))).count();
        assertThat(table(figures, "meetings", 2).rows()).hasSize((int) jointEventsHeld);
    }

    @Test
    void countsTheDecisionsOfThePeriodByResultAsTheRegisterHoldsThem() {
        var figures = asCoordinator(() -> reports.build(lastYear, null));

        var raw = mongo.find(new Query(Criteria.where("workingGroupId").is(GROUP).and("meetingStart")
                .gte(lastYear.start()).lt(lastYear.end())), Document.class, "decisions");
        assertThat(raw).as("the demo minutes hold decisions").isNotEmpty();
        var table = table(figures, "decisions", 0);
        for (var result : DecisionResult.values()) {
            var expected = raw.stream().filter(decision -> result.name().equals(decision.getString("result"))).count();
            assertThat(table.rows().get(result.ordinal()).values().getFirst()).as(result.name()).isEqualTo((double) expected);
        }
    }

    @Test
    void countsTheTasksCreatedInThePeriodPerOrganisationAsTheTaskListHoldsThem() {
        var figures = asCoordinator(() -> reports.build(lastYear, null));

        var raw = mongo.find(new Query(Criteria.where("workingGroupId").is(GROUP).and("createdAt")
                .gte(lastYear.start()).lt(lastYear.end())), Document.class, "tasks");
        var created = new HashMap<String, Long>();
        raw.forEach(task -> created.merge(task.getString("ownerOrganisationName"), 1L, Long::sum));
        var table = table(figures, "tasks", 0);
        assertThat(created).as("the demo tasks").isNotEmpty();
        created.forEach((organisation, count) -> assertThat(row(table, organisation).values().getFirst())
                .as(organisation).isEqualTo((double) count));
        assertThat(row(table, "Alle Organisationen").values().getFirst()).isEqualTo((double) raw.size());
    }

    @Test
    void reportsTheNewestProcessEvaluationOfThePeriodWithItsGradesPerAreaAndTheOpenPoints() {
        var figures = asCoordinator(() -> reports.build(lastYear, null));

        var newest = mongo.find(new Query(Criteria.where("workingGroupId").is(GROUP)), Document.class, "evaluations").stream()
                .filter(evaluation -> !evaluation.getDate("date").toInstant().isAfter(lastYear.end()))
                .max(java.util.Comparator.comparing((Document evaluation) -> evaluation.getDate("date")))
                .orElseThrow(() -> new AssertionError("the demo has evaluations"));
        List<Document> ratings = newest.getList("ratings", Document.class);
        var table = table(figures, "evaluation", 0);
        var grades = List.of("MET", "PARTLY", "NOT_MET", "NOT_APPLICABLE");
        var sections = List.of("KOMMUNE_AGENTUR", "KOMMUNE_JOBCENTER", "AGENTUR_JOBCENTER", "GROUP");
        assertThat(table.columns()).containsExactly("erfüllt", "teilweise", "nicht erfüllt", "nicht zutreffend");
        assertThat(table.rows()).hasSize(sections.size());
        for (int area = 0; area < sections.size(); area++) {
            for (int grade = 0; grade < grades.size(); grade++) {
                var section = sections.get(area);
                var wanted = grades.get(grade);
                var expected = ratings.stream().filter(rating -> section.equals(rating.getString("section"))
                        && wanted.equals(rating.getString("grade"))).count();
                assertThat(table.rows().get(area).values().get(grade)).as("%s %s", section, wanted).isEqualTo((double) expected);
            }
        }
        var note = figures.section("evaluation").orElseThrow().note();
        assertThat(note).contains(newest.getString("title"));
        ratings.stream().filter(rating -> "NOT_MET".equals(rating.getString("grade")))
                .forEach(rating -> assertThat(note).contains(rating.getString("pointText")));
    }

    @Test
    void refusesALeadershipContactOfAPartnerOrganisation() {
        var settings = asCoordinator(recipients::current);
        var contacts = new java.util.ArrayList<>(settings.getLeadershipContacts());
        contacts.add(new LeadershipContact("org-caritas-musterstadt", "Caritas-Leitung", "leitung@caritas.example"));
        settings.setLeadershipContacts(contacts);

        assertThatThrownBy(() -> asCoordinator(() -> recipients.save(settings))).isInstanceOf(ReportRefused.class);
        assertThat(asCoordinator(recipients::current).getLeadershipContacts()).extracting(LeadershipContact::name)
                .doesNotContain("Caritas-Leitung");
    }

    @Test
    void aReportOfOneOrganisationShowsOnlyItsTasksAndInterfaces() {
        var figures = asCoordinator(() -> reports.build(lastYear, "org-jobcenter-musterstadt"));

        assertThat(figures.scopeName()).isEqualTo("Jobcenter Musterstadt");
        assertThat(table(figures, "tasks", 0).rows()).extracting(ReportTable.Row::label).containsOnly("Jobcenter Musterstadt");
        assertThat(table(figures, "interfaces", 0).rows()).extracting(ReportTable.Row::label)
                .containsOnly("Jobcenter Musterstadt");
    }

    @Test
    void aSentReportStaysAsItWasWhenATaskIsDoneAndAnOfferChangesItsFreePlacesAfterwards() {
        var period = ReportPeriod.span(Formats.today().minusDays(30), Formats.today());
        var probe = new Task("Bericht-Probe " + System.nanoTime(), Formats.today().plusDays(3));
        probe.setOwner(null, "org-agentur-musterstadt");
        var task = asCoordinator(() -> tasks.create(probe));
        var offer = OfferFixtures.published(offers, districts, "Bericht-Probe-Kurs " + System.nanoTime(), OfferFixtures.CARITAS);
        var sent = asCoordinator(() -> reports.send(period, null));
        var before = asCoordinator(() -> reports.findSent(sent.getId()).orElseThrow());

        asCoordinator(() -> tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.DONE, null));
        asCoordinator(() -> offers.setFreePlaces(offer.getId(), offer.getVersion(), 0));
        var now = asCoordinator(() -> reports.build(period, null));

        var after = asCoordinator(() -> reports.findSent(sent.getId()).orElseThrow());
        assertThat(after.getFigures()).isEqualTo(before.getFigures());
        assertThat(after.getPdf()).isEqualTo(before.getPdf());
        assertThat(done(now)).isEqualTo(done(before.getFigures()) + 1);
        assertThat(freePlaces(now)).isEqualTo(freePlaces(before.getFigures()) - 5);
    }

    @Test
    void numbersTheSentReportsOfOnePeriodAndScopeOneAfterAnother() {
        var period = ReportPeriod.span(Formats.today().minusDays(7), Formats.today().minusDays(1));

        var first = asCoordinator(() -> reports.send(period, "org-agentur-musterstadt"));
        var second = asCoordinator(() -> reports.send(period, "org-agentur-musterstadt"));

        assertThat(second.getNumber()).isEqualTo(first.getNumber() + 1);
        assertThat(second.getRecipients()).containsExactly("Jörg Vorsitz <geschaeftsfuehrung@agentur-musterstadt.example>");
        assertThat(asMember(() -> reports.sent())).extracting(SentReport::getId).contains(first.getId(), second.getId());
    }

    @Test
    void aMemberAndAPartnerNeitherBuildNorSendAReport() {
        assertThatThrownBy(() -> asMember(() -> reports.build(lastYear, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMember(() -> reports.send(lastYear, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> reports.build(lastYear, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> reports.sent()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theGuessedIdOfAnotherWorkingGroupsReportFindsNothing() {
        var own = asCoordinator(() -> reports.build(ReportPeriod.quarter(2020, 1), null));
        var foreign = mongo.insert(new SentReport("ag-anderswo", own, 1, Instant.now(), "jemand", List.of("x <x@anderswo.example>"),
                false, new byte[] {1}));

        assertThat(asCoordinator(() -> reports.findSent(foreign.getId()))).isEmpty();
        assertThat(asMember(() -> reports.sent())).extracting(SentReport::getId).doesNotContain(foreign.getId());
    }

    @Test
    void refusesAPeriodThatEndsBeforeItBegins() {
        assertThatThrownBy(() -> ReportPeriod.span(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.field()).isEqualTo("to"));
    }

    private static double done(ReportFigures figures) {
        return row(table(figures, "tasks", 0), "Agentur für Arbeit Musterstadt").values().get(1);
    }

    private static double freePlaces(ReportFigures figures) {
        return table(figures, "offers", 0).rows().stream().mapToDouble(row -> row.values().get(3)).sum();
    }

    static ReportTable table(ReportFigures figures, String section, int index) {
        return figures.section(section).orElseThrow().tables().get(index);
    }

    static ReportTable.Row row(ReportTable table, String label) {
        return table.rows().stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + label + " in " + table.rows()));
    }

    static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    static <T> T asMember(Supplier<T> action) {
        return SignedIn.as(SignedIn.MEMBER, Role.MEMBER, action);
    }

}
