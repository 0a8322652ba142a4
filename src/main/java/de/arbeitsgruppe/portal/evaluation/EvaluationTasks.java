package de.arbeitsgruppe.portal.evaluation;

import de.arbeitsgruppe.portal.evaluation.internal.Evaluations;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskOrigin;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Makes exactly one task of a point not met. The rating is claimed first with a versioned save of the
 * evaluation, so of two clicks (on two nodes, or a double click) only one makes the task; the other
 * finds the claim and is told to wait, or finds the task's id and opens it. A claim left behind by a
 * node that died while making the task lapses after a few minutes.
 */
@Component
class EvaluationTasks {

    /** Four weeks: time until the next session or two, the office changes it in the task if need be. */
    static final int DUE_IN_DAYS = 28;
    static final Duration CLAIM_LAPSES = Duration.ofMinutes(5);
    private static final int ATTEMPTS = 5;

    private final Evaluations evaluations;
    private final TaskManagement tasks;
    private final PortalTranslations translations;
    private final Clock clock;

    EvaluationTasks(Evaluations evaluations, TaskManagement tasks, PortalTranslations translations, Clock clock) {
        this.evaluations = evaluations;
        this.tasks = tasks;
        this.translations = translations;
        this.clock = clock;
    }

    String taskFor(String evaluationId, String pointId, PortalUser user) {
        var claimed = claim(evaluationId, pointId, user);
        if (claimed.getTaskId() != null) {
            return claimed.getTaskId();
        }
        String taskId;
        try {
            taskId = tasks.create(task(evaluationId, claimed, user)).getId();
        } catch (RuntimeException e) {
            write(evaluationId, pointId, user, rating -> rating.claimTask(null));
            throw e;
        }
        write(evaluationId, pointId, user, rating -> rating.taskMade(taskId));
        return taskId;
    }

    /** The rating claimed for this caller, or carrying the task someone else made already. */
    private PointRating claim(String evaluationId, String pointId, PortalUser user) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var evaluation = evaluation(evaluationId, user);
            var rating = evaluation.rating(pointId).orElseThrow(() -> new IllegalArgumentException("no such point"));
            if (rating.getTaskId() != null) {
                return rating;
            }
            if (rating.getGrade() == null || !rating.getGrade().needsAction()) {
                throw new EvaluationRefused("grade", "evaluation.validation.taskForMet");
            }
            if (rating.getResponsibleOrganisationId() == null) {
                throw new EvaluationRefused("responsibleOrganisationId", "evaluation.validation.taskOwner");
            }
            var now = clock.instant();
            if (rating.getTaskClaimedAt() != null && rating.getTaskClaimedAt().plus(CLAIM_LAPSES).isAfter(now)) {
                throw new EvaluationRefused("task", "evaluation.task.inProgress");
            }
            rating.claimTask(now);
            try {
                VersionedSave.of(evaluation, () -> evaluations.save(evaluation));
                return rating;
            } catch (ConflictException e) {
                // someone saved the evaluation meanwhile (a rating, or this very claim): look again
            }
        }
        throw new ConflictException();
    }

    private void write(String evaluationId, String pointId, PortalUser user, Consumer<PointRating> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var evaluation = evaluation(evaluationId, user);
            evaluation.rating(pointId).ifPresent(change);
            try {
                VersionedSave.of(evaluation, () -> evaluations.save(evaluation));
                return;
            } catch (ConflictException e) {
                // a rating saved in between: write onto the newer version
            }
        }
        throw new ConflictException();
    }

    private Task task(String evaluationId, PointRating rating, PortalUser user) {
        var evaluation = evaluation(evaluationId, user);
        var task = new Task(rating.getPointText(), LocalDate.now(clock).plusDays(DUE_IN_DAYS));
        task.setOwner(null, rating.getResponsibleOrganisationId());
        task.setVisibility(Visibility.INTERNAL);
        task.setContactInterface(rating.getSection().contactInterface());
        var grade = translations.getTranslation(rating.getGrade().translationKey(), PortalTranslations.GERMAN);
        task.setDescription(rating.getComment() == null
                ? translations.getTranslation("evaluation.task.description", PortalTranslations.GERMAN, evaluation.getTitle(), grade)
                : translations.getTranslation("evaluation.task.descriptionWithComment", PortalTranslations.GERMAN,
                        evaluation.getTitle(), grade, rating.getComment()));
        task.setOrigin(TaskOrigin.ofEvaluation(evaluationId, rating.getPointId(), evaluation.getTitle(), rating.getPointText()));
        return task;
    }

    private Evaluation evaluation(String evaluationId, PortalUser user) {
        return evaluations.findByIdAndWorkingGroupId(evaluationId, user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown evaluation"));
    }
}
