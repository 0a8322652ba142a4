package de.arbeitsgruppe.portal.evaluation;

import de.arbeitsgruppe.portal.evaluation.internal.Evaluations;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The process evaluations of the user's working group. The office (coordinator, admin) starts and
 * rates them, usually in a session, and turns a point not met into a task; the group's members read
 * them. Partners never: the evaluation judges how the authorities work together, names their
 * shortcomings and who must mend them, which is internal to the group like its internal minutes.
 */
@Service
public class EvaluationManagement {

    /** How many evaluations the trend shows: a few years of a group that evaluates twice a year. */
    public static final int TREND_COLUMNS = 8;

    private final Evaluations evaluations;
    private final ChecklistManagement checklists;
    private final OrganisationManagement organisations;
    private final EvaluationTasks tasks;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    EvaluationManagement(Evaluations evaluations, ChecklistManagement checklists, OrganisationManagement organisations,
            EvaluationTasks tasks, CurrentUser currentUser, Validator validator, Clock clock) {
        this.evaluations = evaluations;
        this.checklists = checklists;
        this.organisations = organisations;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** The group's evaluations, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<Evaluation> list(int limit) {
        return evaluations.findByWorkingGroupIdOrderByDateDescIdDesc(currentUser.require().workingGroupId(),
                PageRequest.of(0, Limits.pageSize(limit)));
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public Optional<Evaluation> find(String id) {
        return id == null ? Optional.empty() : evaluations.findByIdAndWorkingGroupId(id, currentUser.require().workingGroupId());
    }

    /** Whether the user starts and rates evaluations and makes tasks of them: the office. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRate() {
        return currentUser.require().isCoordinatorOrAdmin();
    }

    /**
     * Starts an evaluation of every point now on the checklist, the responsible organisations taken
     * over from the evaluation before (they rarely change; the office corrects them while rating).
     *
     * @throws EvaluationRefused without a title or date
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Evaluation create(String title, LocalDate date) {
        var user = currentUser.require();
        var cleaned = Texts.trimToNull(title);
        if (cleaned == null) {
            throw new EvaluationRefused("title", "validation.required");
        }
        if (date == null) {
            throw new EvaluationRefused("date", "validation.required");
        }
        var points = checklists.currentOf(user.workingGroupId()).activePoints();
        var evaluation = new Evaluation(user.workingGroupId(), cleaned, date, points, user.username(), clock.instant());
        latestUpTo(user.workingGroupId(), date).ifPresent(previous -> evaluation.getRatings().forEach(rating ->
                previous.rating(rating.getPointId()).filter(old -> old.getResponsibleOrganisationId() != null)
                        .ifPresent(old -> rating.rate(null, null, old.getResponsibleOrganisationId(),
                                old.getResponsibleOrganisationName()))));
        check(evaluation);
        return VersionedSave.of(evaluation, () -> evaluations.insert(evaluation));
    }

    /**
     * Stores the ratings of the form. The form names the version it showed: a save by someone else
     * since then is a conflict, and nothing is stored.
     *
     * @throws EvaluationRefused when a responsible organisation is not a member of the group
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Evaluation rate(String id, long shownVersion, List<RatingChange> changes) {
        var user = currentUser.require();
        var evaluation = stored(id, user);
        if (!Objects.equals(evaluation.getVersion(), shownVersion)) {
            throw new ConflictException();
        }
        var names = new HashMap<String, String>();
        for (RatingChange change : changes) {
            var rating = evaluation.rating(change.pointId()).orElseThrow(() -> new IllegalArgumentException("no such point"));
            var organisationId = Texts.trimToNull(change.responsibleOrganisationId());
            var name = organisationId == null ? null : names.computeIfAbsent(organisationId, this::memberName);
            rating.rate(change.grade(), Texts.trimToNull(change.comment()), organisationId, name);
        }
        check(evaluation);
        return VersionedSave.of(evaluation, () -> evaluations.save(evaluation));
    }

    /**
     * The task for a point not (fully) met, owned by its responsible organisation: made on the first
     * call, the same one on every later call (also from a second node or a double click).
     *
     * @return the task's id
     * @throws EvaluationRefused the point is met or not rated, or has no responsible organisation
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public String taskFor(String evaluationId, String pointId) {
        var user = currentUser.require();
        stored(evaluationId, user);
        return tasks.taskFor(evaluationId, pointId, user);
    }

    /** The trend of every point over the group's latest evaluations, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public EvaluationTrend trend() {
        var user = currentUser.require();
        var shown = list(TREND_COLUMNS).reversed();
        return EvaluationTrends.of(checklists.currentOf(user.workingGroupId()), shown);
    }

    /**
     * For the leadership report: the newest evaluation held on or before {@code end}, every point with
     * the grade of the evaluation before it. Empty when the group had none by then.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public Optional<EvaluationSummary> latestUpTo(LocalDate end) {
        var group = currentUser.require().workingGroupId();
        var latest = evaluations.findByWorkingGroupIdAndDateLessThanEqualOrderByDateDescIdDesc(group, end, PageRequest.of(0, 2));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(EvaluationTrends.summary(latest.getFirst(), latest.size() > 1 ? latest.get(1) : null));
    }

    private Optional<Evaluation> latestUpTo(String group, LocalDate date) {
        return evaluations.findByWorkingGroupIdAndDateLessThanEqualOrderByDateDescIdDesc(group, date, PageRequest.of(0, 1))
                .stream().findFirst();
    }

    /** Only the group's member authorities answer for its processes; partners are no owners here. */
    private String memberName(String organisationId) {
        return organisations.find(organisationId).filter(organisation -> organisation.getMembership() == Membership.MEMBER)
                .map(Organisation::getName)
                .orElseThrow(() -> new EvaluationRefused("responsibleOrganisationId", "evaluation.validation.organisation"));
    }

    private Evaluation stored(String id, PortalUser user) {
        return (id == null ? Optional.<Evaluation>empty() : evaluations.findByIdAndWorkingGroupId(id, user.workingGroupId()))
                .orElseThrow(() -> new AccessDeniedException("unknown evaluation"));
    }

    private void check(Evaluation evaluation) {
        var violations = validator.validate(evaluation);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
