package de.arbeitsgruppe.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The process evaluation: the default checklist, rating, conflicts, retired points, the trend, one
 * task per point not met, and who may read and change what. Evaluations made here carry dates of the
 * 1960s, so the demo evaluations stay the newest and each test reads its own.
 */
@SpringBootTest
@ActiveProfiles("test")
class EvaluationManagementIT {

    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";
    private static final String JOBCENTER = "org-jobcenter-musterstadt";
    private static final String CARITAS = "org-caritas-musterstadt";

    @Autowired
    EvaluationManagement evaluations;
    @Autowired
    ChecklistManagement checklists;
    @Autowired
    TaskManagement tasks;
    @Autowired
    MongoTemplate mongo;

    @Test
    void startsTheChecklistWithTheRecommendationsForEachInterfaceAndTheGroupsOwnDuties() {
        var checklist = asMember(() -> checklists.current());

        assertThat(checklist.pointsOf(EvaluationSection.KOMMUNE_AGENTUR)).extracting(ChecklistPoint::getText).containsExactly(
                "Feste Ansprechpersonen sind auf beiden Seiten benannt.",
                "Der Fragebogen zur schulischen und beruflichen Qualifikation wird genutzt und zeitnah übermittelt.",
                "Die monatliche Datenübermittlung aus dem AsylbLG-Fachverfahren ist vereinbart.",
                "Ein verschlüsselter Übermittlungsweg ist in Gebrauch.",
                "Der Weg zum Erstkontakt ist vereinbart (im ländlichen Raum z. B. Shuttle).",
                "Vereinbarungen zu Arbeitsgelegenheiten bestehen.");
        assertThat(checklist.pointsOf(EvaluationSection.KOMMUNE_JOBCENTER)).extracting(ChecklistPoint::getText)
                .contains("Der Einstellungsbescheid wird per verschlüsselter E-Mail übersandt.", "Der Laufzettel wird ausgehändigt.")
                .hasSize(4);
        assertThat(checklist.pointsOf(EvaluationSection.AGENTUR_JOBCENTER)).hasSize(4);
        assertThat(checklist.pointsOf(EvaluationSection.GROUP)).extracting(ChecklistPoint::getText)
                .contains("Die Arbeitsgruppe tagt regelmäßig.", "Die Arbeitsgruppe berichtet den Leitungsebenen.");
    }

    @Test
    void aNewEvaluationListsEveryPointUnratedWithTheResponsibleOrganisationOfTheEvaluationBefore() {
        var first = asOffice(() -> evaluations.create("Evaluation Frühjahr 1962", LocalDate.of(1962, 1, 10)));
        asOffice(() -> evaluations.rate(first.getId(), first.getVersion(),
                List.of(new RatingChange("ka-kontakte", Grade.MET, null, AGENTUR))));

        var second = asOffice(() -> evaluations.create("Evaluation Sommer 1962", LocalDate.of(1962, 6, 10)));

        assertThat(second.getRatings()).hasSize(asOffice(() -> checklists.current()).activePoints().size());
        var kontakte = second.rating("ka-kontakte").orElseThrow();
        assertThat(kontakte.getGrade()).isNull();
        assertThat(kontakte.getResponsibleOrganisationName()).isEqualTo("Agentur für Arbeit Musterstadt");
        assertThat(second.ratedCount()).isZero();
    }

    @Test
    void storesGradeCommentAndTheNameOfTheResponsibleAuthority() {
        var evaluation = asOffice(() -> evaluations.create("Evaluation 1963", LocalDate.of(1963, 3, 1)));

        var rated = asOffice(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                List.of(new RatingChange("kj-laufzettel", Grade.PARTLY, "  Nur in einem Rathaus.  ", KOMMUNE))));

        var laufzettel = rated.rating("kj-laufzettel").orElseThrow();
        assertThat(laufzettel.getGrade()).isEqualTo(Grade.PARTLY);
        assertThat(laufzettel.getComment()).isEqualTo("Nur in einem Rathaus.");
        assertThat(laufzettel.getResponsibleOrganisationName()).isEqualTo("Landkreis Musterstadt");
        assertThat(asMember(() -> evaluations.find(evaluation.getId())).orElseThrow().rating("kj-laufzettel").orElseThrow()
                .getGrade()).isEqualTo(Grade.PARTLY);
    }

    @Test
    void refusesAPartnerOrganisationAsResponsibleForTheGroupsProcesses() {
        var evaluation = asOffice(() -> evaluations.create("Evaluation 1963 Partner", LocalDate.of(1963, 4, 1)));

        assertThatThrownBy(() -> asOffice(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                List.of(new RatingChange("kj-laufzettel", Grade.MET, null, CARITAS)))))
                .isInstanceOfSatisfying(EvaluationRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("responsibleOrganisationId"));
        assertThat(asOffice(() -> evaluations.find(evaluation.getId())).orElseThrow().ratedCount()).isZero();
    }

    @Test
    void theSecondOfTwoPeopleRatingTheSameVersionMeetsAConflictAndTheFirstRatingStays() {
        var evaluation = asOffice(() -> evaluations.create("Evaluation 1963 zu zweit", LocalDate.of(1963, 5, 1)));
        asOffice(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                List.of(new RatingChange("ag-sitzungen", Grade.MET, "Alle sechs Wochen.", KOMMUNE))));

        assertThatThrownBy(() -> asOffice(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                List.of(new RatingChange("ag-sitzungen", Grade.NOT_MET, "Zu selten.", KOMMUNE)))))
                .isInstanceOf(ConflictException.class);
        var stored = asOffice(() -> evaluations.find(evaluation.getId())).orElseThrow().rating("ag-sitzungen").orElseThrow();
        assertThat(stored.getGrade()).isEqualTo(Grade.MET);
        assertThat(stored.getComment()).isEqualTo("Alle sechs Wochen.");
    }

    @Test
    void aRetiredPointIsLeftOutOfNewEvaluationsWhileEarlierOnesAndTheTrendKeepIt() {
        var text = "Prüfpunkt " + System.nanoTime();
        var withPoint = asOffice(() -> checklists.add(checklists.current().getVersion(), EvaluationSection.GROUP, text));
        var point = withPoint.pointsOf(EvaluationSection.GROUP).getLast();
        var earlier = asOffice(() -> evaluations.create("Evaluation 1964", LocalDate.of(1964, 2, 1)));
        var rated = asOffice(() -> evaluations.rate(earlier.getId(), earlier.getVersion(),
                List.of(new RatingChange(point.getId(), Grade.PARTLY, null, KOMMUNE))));

        asOffice(() -> checklists.retire(checklists.current().getVersion(), point.getId(), true));
        var later = asOffice(() -> evaluations.create("Evaluation 1964 später", LocalDate.of(1964, 9, 1)));

        assertThat(point.getText()).isEqualTo(text);
        assertThat(later.rating(point.getId())).isEmpty();
        assertThat(asOffice(() -> evaluations.find(earlier.getId())).orElseThrow().rating(point.getId()))
                .hasValueSatisfying(kept -> {
                    assertThat(kept.getPointText()).isEqualTo(text);
                    assertThat(kept.getGrade()).isEqualTo(Grade.PARTLY);
                });
        var trend = EvaluationTrends.of(asOffice(() -> checklists.current()), List.of(rated, later));
        assertThat(trend.rows()).filteredOn(row -> row.pointId().equals(point.getId())).singleElement()
                .satisfies(row -> {
                    assertThat(row.retired()).isTrue();
                    assertThat(row.grades()).containsExactly(Grade.PARTLY, null);
                });
    }

    @Test
    void rewordingAndMovingAPointKeepItsIdAndAChangeOfAnOlderVersionIsAConflict() {
        var text = "Zu verschieben " + System.nanoTime();
        var added = asOffice(() -> checklists.add(checklists.current().getVersion(), EvaluationSection.GROUP, text));
        var point = added.pointsOf(EvaluationSection.GROUP).getLast();

        var moved = asOffice(() -> checklists.move(added.getVersion(), point.getId(), -1));
        var reworded = asOffice(() -> checklists.reword(moved.getVersion(), point.getId(), text + " (neu)"));

        var section = reworded.pointsOf(EvaluationSection.GROUP);
        assertThat(section.get(section.size() - 2).getId()).isEqualTo(point.getId());
        assertThat(section.get(section.size() - 2).getText()).isEqualTo(text + " (neu)");
        assertThatThrownBy(() -> asOffice(() -> checklists.reword(moved.getVersion(), point.getId(), "Veraltet")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> asOffice(() -> checklists.add(reworded.getVersion(), EvaluationSection.GROUP, " ")))
                .isInstanceOfSatisfying(EvaluationRefused.class, refused -> assertThat(refused.field()).isEqualTo("text"));
        asOffice(() -> checklists.retire(reworded.getVersion(), point.getId(), true));
    }

    @Test
    void theTrendShowsEveryPointOverTheDemoEvaluations() {
        var trend = asMember(() -> evaluations.trend());

        assertThat(trend.columns()).extracting(EvaluationTrend.Column::evaluationId).endsWith(DemoEvaluations.OLDER,
                DemoEvaluations.NEWER);
        var mailbox = trend.rows().stream().filter(row -> row.pointId().equals("kj-postfaecher")).findFirst().orElseThrow();
        assertThat(mailbox.grades().subList(mailbox.grades().size() - 2, mailbox.grades().size()))
                .containsExactly(Grade.NOT_MET, Grade.NOT_MET);
        var transfer = trend.rows().stream().filter(row -> row.pointId().equals("ka-datenuebermittlung")).findFirst().orElseThrow();
        assertThat(transfer.latest()).isEqualTo(Grade.MET);
    }

    @Test
    void theReportReadsTheNewestEvaluationUpToItsEndWithTheGradesOfTheOneBefore() {
        var spring = asOffice(() -> evaluations.create("Evaluation Frühjahr 1970", LocalDate.of(1970, 2, 1)));
        asOffice(() -> evaluations.rate(spring.getId(), spring.getVersion(),
                List.of(new RatingChange("ag-berichte", Grade.NOT_MET, null, KOMMUNE))));
        var autumn = asOffice(() -> evaluations.create("Evaluation Herbst 1970", LocalDate.of(1970, 8, 1)));
        asOffice(() -> evaluations.rate(autumn.getId(), autumn.getVersion(),
                List.of(new RatingChange("ag-berichte", Grade.PARTLY, "Entwurf liegt vor.", KOMMUNE))));

        var summary = asMember(() -> evaluations.latestUpTo(LocalDate.of(1970, 12, 31))).orElseThrow();

        assertThat(summary.title()).isEqualTo("Evaluation Herbst 1970");
        assertThat(summary.previousTitle()).isEqualTo("Evaluation Frühjahr 1970");
        assertThat(summary.points()).filteredOn(point -> point.pointId().equals("ag-berichte")).singleElement()
                .satisfies(point -> {
                    assertThat(point.grade()).isEqualTo(Grade.PARTLY);
                    assertThat(point.previousGrade()).isEqualTo(Grade.NOT_MET);
                    assertThat(point.comment()).isEqualTo("Entwurf liegt vor.");
                    assertThat(point.responsibleOrganisationName()).isEqualTo("Landkreis Musterstadt");
                });
        assertThat(asMember(() -> evaluations.latestUpTo(LocalDate.of(1900, 1, 1)))).isEmpty();
    }

    @Test
    void aPointNotMetBecomesATaskOfItsResponsibleOrganisationOnceAndTheSecondClickOpensIt() {
        var evaluation = notMet("Evaluation 1965", LocalDate.of(1965, 1, 15));

        var taskId = asOffice(() -> evaluations.taskFor(evaluation.getId(), "aj-fallkonferenzen"));
        var again = asOffice(() -> evaluations.taskFor(evaluation.getId(), "aj-fallkonferenzen"));

        assertThat(again).isEqualTo(taskId);
        var task = asOffice(() -> tasks.find(taskId)).orElseThrow();
        assertThat(task.getTitle()).isEqualTo("Fallübergaben und Fallkonferenzen finden statt.");
        assertThat(task.getOwnerOrganisationId()).isEqualTo(JOBCENTER);
        assertThat(task.getDue()).isEqualTo(Formats.today().plusDays(EvaluationTasks.DUE_IN_DAYS));
        assertThat(task.getDescription()).contains("Evaluation 1965", "nicht erfüllt", "Kein fester Termin.");
        assertThat(task.getOrigin().getEvaluationId()).isEqualTo(evaluation.getId());
        assertThat(asOffice(() -> evaluations.find(evaluation.getId())).orElseThrow().rating("aj-fallkonferenzen")
                .orElseThrow().getTaskId()).isEqualTo(taskId);
        assertThat(tasksOf(evaluation)).isEqualTo(1);
    }

    @Test
    void twoClicksAtTheSameMomentMakeOneTask() throws Exception {
        var evaluation = notMet("Evaluation 1965 Doppelklick", LocalDate.of(1965, 6, 15));
        var start = new CountDownLatch(1);
        Supplier<Object> click = () -> {
            try {
                start.await();
                return asOffice(() -> evaluations.taskFor(evaluation.getId(), "aj-fallkonferenzen"));
            } catch (EvaluationRefused refused) {
                return refused.messageKey();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        var one = CompletableFuture.supplyAsync(click);
        var other = CompletableFuture.supplyAsync(click);
        start.countDown();

        var answers = List.of(one.get(), other.get());

        assertThat(tasksOf(evaluation)).isEqualTo(1);
        var taskId = asOffice(() -> evaluations.taskFor(evaluation.getId(), "aj-fallkonferenzen"));
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isIn(taskId, "evaluation.task.inProgress")).contains(taskId);
    }

    @Test
    void refusesATaskForAPointThatIsMetOrHasNoResponsibleOrganisation() {
        var evaluation = asOffice(() -> evaluations.create("Evaluation 1966", LocalDate.of(1966, 1, 15)));
        asOffice(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(), List.of(
                new RatingChange("kj-laufzettel", Grade.MET, null, KOMMUNE),
                new RatingChange("kj-postfaecher", Grade.NOT_MET, null, null))));

        assertThatThrownBy(() -> asOffice(() -> evaluations.taskFor(evaluation.getId(), "kj-laufzettel")))
                .isInstanceOfSatisfying(EvaluationRefused.class, refused -> assertThat(refused.field()).isEqualTo("grade"));
        assertThatThrownBy(() -> asOffice(() -> evaluations.taskFor(evaluation.getId(), "kj-postfaecher")))
                .isInstanceOfSatisfying(EvaluationRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("responsibleOrganisationId"));
        assertThat(tasksOf(evaluation)).isZero();
    }

    @Test
    void partnersReadNeitherEvaluationsNorTheChecklistAndMembersDoNotRate() {
        var evaluation = asOffice(() -> evaluations.create("Evaluation 1966 Zugriff", LocalDate.of(1966, 3, 15)));

        assertThatThrownBy(() -> asPartner(() -> evaluations.find(evaluation.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> evaluations.list(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> evaluations.trend())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> checklists.current())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMember(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                List.of(new RatingChange("kj-laufzettel", Grade.MET, null, KOMMUNE))))).isInstanceOf(AccessDeniedException.class);
        assertThat(asMember(() -> evaluations.find(evaluation.getId()))).isPresent();
        assertThat(asMember(() -> evaluations.mayRate())).isFalse();
    }

    @Test
    void anEvaluationOfAnotherWorkingGroupIsNotFoundByAGuessedIdNorRatedNorMadeATask() {
        var other = new Evaluation("ag-anderswo", "Evaluation anderswo", LocalDate.of(1966, 5, 1),
                List.of(new ChecklistPoint("ka-kontakte", EvaluationSection.KOMMUNE_AGENTUR, "Anderswo")), "jemand", null);
        other.getRatings().getFirst().rate(Grade.NOT_MET, null, "org-anderswo", "Anderswo");
        var stored = mongo.insert(other);

        assertThat(asOffice(() -> evaluations.find(stored.getId()))).isEmpty();
        assertThat(asOffice(() -> evaluations.list(1000))).extracting(Evaluation::getId).doesNotContain(stored.getId());
        assertThatThrownBy(() -> asOffice(() -> evaluations.rate(stored.getId(), stored.getVersion(),
                List.of(new RatingChange("ka-kontakte", Grade.MET, null, KOMMUNE))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asOffice(() -> evaluations.taskFor(stored.getId(), "ka-kontakte")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mongo.findById(stored.getId(), Evaluation.class).getRatings().getFirst().getGrade()).isEqualTo(Grade.NOT_MET);
        assertThat(tasksOf(stored)).isZero();
    }

    private Evaluation notMet(String title, LocalDate date) {
        var evaluation = asOffice(() -> evaluations.create(title, date));
        return asOffice(() -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                List.of(new RatingChange("aj-fallkonferenzen", Grade.NOT_MET, "Kein fester Termin.", JOBCENTER))));
    }

    private long tasksOf(Evaluation evaluation) {
        return mongo.count(new Query(Criteria.where("origin.evaluationId").is(evaluation.getId())), Task.class);
    }

    private static <T> T asOffice(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private static <T> T asMember(Supplier<T> action) {
        return SignedIn.as(SignedIn.MEMBER, Role.MEMBER, action);
    }

    private static <T> T asPartner(Supplier<T> action) {
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, action);
    }
}
