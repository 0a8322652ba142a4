package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The tasks of the user's working group: reading them as the user may ({@link TaskAccess}), giving
 * them (the office), moving them on and commenting (the owner side and the office).
 */
@Service
public class TaskManagement {

    /** Open tasks first, then by due date: what is overdue stands at the top. */
    static final Sort OPEN_FIRST = Sort.by(Sort.Order.desc("open"), Sort.Order.asc("due"), Sort.Order.asc("priorityRank"),
            Sort.Order.asc("_id"));

    private final Tasks tasks;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TaskOwners owners;
    private final RecurringTasks recurring;
    private final MeetingManagement meetings;
    private final OpenTaskIndex index;

    TaskManagement(Tasks tasks, MongoTemplate mongo, CurrentUser currentUser, Validator validator,
            ApplicationEventPublisher events, Clock clock, TaskOwners owners, RecurringTasks recurring,
            MeetingManagement meetings, OpenTaskIndex index) {
        this.index = index;
        this.tasks = tasks;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.owners = owners;
        this.recurring = recurring;
        this.meetings = meetings;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Task> find(String id) {
        var user = currentUser.require();
        return id == null ? Optional.empty()
                : tasks.findByIdAndWorkingGroupId(id, user.workingGroupId()).filter(task -> TaskAccess.maySee(user, task))
                        .map(task -> TaskAccess.asSeenBy(user, task));
    }

    /**
     * "Meine Aufgaben": the user's own tasks and those of their organisation as a whole, open ones
     * first and by due date, so the overdue ones lead.
     *
     * @param statuses the statuses shown; empty for all
     */
    @PreAuthorize("isAuthenticated()")
    public List<Task> mine(Set<TaskStatus> statuses, int limit) {
        var user = currentUser.require();
        var criteria = TaskAccess.mine(user);
        if (!statuses.isEmpty()) {
            criteria.and("status").in(statuses);
        }
        return read(criteria, OPEN_FIRST, 0, limit, onlyOpen(statuses),
                task -> TaskAccess.isMine(user, task) && TaskAccess.maySee(user, task)).stream()
                .map(task -> TaskAccess.asSeenBy(user, task)).toList();
    }

    /** One page of the tasks the filter finds, for staff of the authorities and the office. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<Task> search(TaskFilter filter, int offset, int limit) {
        var user = currentUser.require();
        return read(TaskQueries.criteria(filter, user, today()), TaskQueries.sort(filter), offset, limit, onlyOpen(filter),
                task -> TaskAccess.maySee(user, task));
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public long count(TaskFilter filter) {
        var criteria = TaskQueries.criteria(filter, currentUser.require(), today());
        return onlyOpen(filter) ? index.count(criteria) : mongo.count(new Query(criteria), Task.class);
    }

    /** The tasks given in a meeting that the user may see, in the order they were given. */
    @PreAuthorize("isAuthenticated()")
    public List<Task> ofMeeting(String meetingId) {
        // the later tasks of a recurring duty keep its origin, but the meeting gave only the first
        var user = currentUser.require();
        var criteria = TaskAccess.visibleTo(user).and("origin.meetingId").is(meetingId).and("repetition").ne(true);
        return mongo.find(new Query(criteria).with(Sort.by("createdAt", "_id")).limit(Limits.MAX_PAGE_SIZE), Task.class)
                .stream().map(task -> TaskAccess.asSeenBy(user, task)).toList();
    }

    /**
     * The user's open tasks and those of their organisation as a whole, due from {@code from} to
     * {@code to} (both inclusive), by due date: the calendar's entries. A bounded period and number.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Task> mineDueBetween(LocalDate from, LocalDate to) {
        return TaskDueDates.open(index, currentUser.require(), from, to);
    }

    /**
     * For the office's start page: how many open tasks are overdue per owner organisation, the most
     * first. One aggregation over the working group's overdue tasks.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<OverdueCount> overdueByOrganisation() {
        var user = currentUser.require();
        var overdue = Criteria.where("workingGroupId").is(user.workingGroupId()).and("open").is(true)
                .and("due").lt(today());
        var aggregation = Aggregation.newAggregation(Aggregation.match(overdue),
                Aggregation.group("ownerOrganisationId").first("ownerOrganisationName").as("name").count().as("count"),
                Aggregation.sort(Sort.by(Sort.Order.desc("count"), Sort.Order.asc("name"), Sort.Order.asc("_id"))),
                Aggregation.limit(OverdueCount.LIMIT));
        // the index of open tasks holds every field the aggregation reads, see OpenTaskIndex
        return mongo.aggregate(aggregation, OpenTaskEntry.class, Document.class).getMappedResults().stream()
                .map(row -> new OverdueCount(row.getString("_id"), row.getString("name"),
                        ((Number) row.get("count")).longValue()))
                .toList();
    }

    /**
     * For the leadership report: the tasks of the working group that were created before the period
     * ended and were still open when it began (or are open now), as the few facts the report counts.
     * At most {@link TaskFact#LIMIT}. Staff only.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<TaskFact> factsOfPeriod(Instant from, Instant to) {
        var user = currentUser.require();
        var criteria = Criteria.where("workingGroupId").is(user.workingGroupId()).and("createdAt").lt(to)
                .orOperator(Criteria.where("open").is(true), Criteria.where("closedAt").gte(from));
        var query = new Query(criteria).limit(TaskFact.LIMIT);
        query.fields().include("ownerOrganisationId", "ownerOrganisationName", "status", "due", "createdAt", "closedAt");
        return mongo.find(query, Task.class).stream()
                .map(task -> new TaskFact(task.getOwnerOrganisationId(), task.getOwnerOrganisationName(), task.getStatus(),
                        task.getDue(), task.getCreatedAt(), task.getClosedAt()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayCreate() {
        return currentUser.require().isCoordinatorOrAdmin();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit(Task task) {
        return TaskAccess.mayEdit(currentUser.require(), task);
    }

    /** Whether the user may change the task's status and comment on it. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayProgress(Task task) {
        return TaskAccess.mayProgress(currentUser.require(), task);
    }

    /**
     * Gives a new task (the office). Its origin, if any, must be a meeting the user sees; its
     * copies are taken from there.
     *
     * @throws TaskRefused when it is due before today
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Task create(Task task) {
        var user = currentUser.require();
        if (task.getId() != null) {
            throw new IllegalArgumentException("a new task has no id");
        }
        if (task.getDue() != null && task.getDue().isBefore(today())) {
            throw new TaskRefused("due", "task.validation.duePast");
        }
        describeOrigin(task);
        owners.fillIn(task);
        check(task);
        task.created(user.workingGroupId(), user.username(), clock.instant());
        task.setFollowUpCreated(false);
        var saved = VersionedSave.of(task, () -> tasks.insert(task));
        if (saved.isRecurring() && saved.getSeriesId() == null) {
            saved.setSeriesId(saved.getId());
            VersionedSave.of(saved, () -> tasks.save(saved));
        }
        events.publishEvent(new TaskAssigned(saved.getId(), saved.getWorkingGroupId()));
        return current(saved);
    }

    /**
     * Changes a task (the office): everything, including the owner and the status. A save of an
     * older version is a conflict.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Task update(Task changed) {
        var user = currentUser.require();
        var stored = stored(changed.getId(), user);
        if (!TaskAccess.mayEdit(user, stored)) {
            throw new AccessDeniedException("not the office");
        }
        var ownerBefore = stored.ownerKey();
        var statusBefore = stored.getStatus();
        keepWhatOnlyThePortalSets(changed, stored);
        if (!ownerBefore.equals(changed.ownerKey()) || changed.getOwnerOrganisationId() == null) {
            owners.fillIn(changed);
        }
        check(changed);
        if (changed.getStatus() == TaskStatus.DROPPED && changed.getStatusReason() == null) {
            throw new TaskRefused("statusReason", "task.validation.reason");
        }
        changed.changeStatus(changed.getStatus(), changed.getStatusReason(),
                statusBefore == changed.getStatus() ? stored.getClosedAt() : clock.instant());
        var saved = VersionedSave.of(changed, () -> tasks.save(changed));
        if (!ownerBefore.equals(saved.ownerKey())) {
            events.publishEvent(new TaskAssigned(saved.getId(), saved.getWorkingGroupId()));
            saved = current(saved);
        }
        return afterStatusChange(saved, statusBefore);
    }

    /**
     * The owner side or the office moves a task on: in Arbeit, erledigt, or entfällt with a reason.
     *
     * @param shownVersion the version the user saw: a change since then is a conflict
     * @throws TaskRefused "entfällt" without a reason
     */
    @PreAuthorize("isAuthenticated()")
    public Task changeStatus(String id, long shownVersion, TaskStatus status, String reason) {
        var user = currentUser.require();
        var task = stored(id, user);
        if (!TaskAccess.mayProgress(user, task)) {
            throw new AccessDeniedException("not the owner of the task");
        }
        if (!Objects.equals(task.getVersion(), shownVersion)) {
            throw new de.arbeitsgruppe.portal.shared.ConflictException();
        }
        if (status == TaskStatus.DROPPED && (reason == null || reason.isBlank())) {
            throw new TaskRefused("statusReason", "task.validation.reason");
        }
        var before = task.getStatus();
        if (before == status && (status != TaskStatus.DROPPED || Objects.equals(task.getStatusReason(), reason))) {
            return task;
        }
        task.changeStatus(status, reason, clock.instant());
        check(task);
        var saved = VersionedSave.of(task, () -> tasks.save(task));
        return afterStatusChange(saved, before);
    }

    /** A comment by the owner side or the office; the other side hears of it by mail. */
    @PreAuthorize("isAuthenticated()")
    public Task comment(String id, String text) {
        var user = currentUser.require();
        var task = stored(id, user);
        if (!TaskAccess.mayProgress(user, task)) {
            throw new AccessDeniedException("not the owner of the task");
        }
        var comment = new TaskComment(user.username(), user.displayName(), user.organisationName(), clock.instant(), text);
        var violations = validator.validate(comment);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        task.getComments().add(comment);
        check(task);
        var saved = VersionedSave.of(task, () -> tasks.save(task));
        events.publishEvent(new TaskCommented(saved.getId(), saved.getWorkingGroupId(), user.username(),
                comment.getText()));
        return saved;
    }

    /** Reads through the index of open tasks when only open ones are asked for, see {@link OpenTaskIndex}. */
    private List<Task> read(Criteria criteria, Sort sort, int offset, int limit, boolean onlyOpen,
            java.util.function.Predicate<Task> stillShown) {
        if (onlyOpen) {
            // an entry that lags behind a task changed a moment ago is only a hint: the task itself decides
            return index.tasks(index.ids(criteria, sort, Limits.offset(offset), Limits.pageSize(limit))).stream()
                    .filter(Task::isOpen).filter(stillShown).toList();
        }
        var query = new Query(criteria).with(sort).skip(Limits.offset(offset)).limit(Limits.pageSize(limit));
        return mongo.find(query, Task.class);
    }

    private static boolean onlyOpen(Set<TaskStatus> statuses) {
        return !statuses.isEmpty() && statuses.stream().allMatch(TaskStatus::isOpen);
    }

    private static boolean onlyOpen(TaskFilter filter) {
        return filter.overdue() || onlyOpen(filter.statuses());
    }

    /**
     * The task as stored now: the mail about its assignment marks it as told with a save of its own,
     * and the caller's next save must carry that version, not meet a conflict.
     */
    private Task current(Task saved) {
        return tasks.findById(saved.getId()).orElse(saved);
    }

    private Task afterStatusChange(Task saved, TaskStatus before) {
        if (before == saved.getStatus()) {
            return saved;
        }
        events.publishEvent(new TaskStatusChanged(saved.getId(), saved.getWorkingGroupId(), saved.getStatus()));
        // a recurring duty done early: the next one is there at once, not only when this one falls due
        return saved.isOpen() ? saved : recurring.followUpQuietly(saved);
    }

    private void describeOrigin(Task task) {
        var origin = task.getOrigin();
        if (origin == null || origin.isEvaluation()) {
            // an evaluation's point names itself: only the office creates tasks, from its own group's evaluation
            return;
        }
        var meeting = meetings.find(origin.getMeetingId())
                .orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        var item = meeting.getAgenda().stream().filter(agendaItem -> agendaItem.getId().equals(origin.getAgendaItemId()))
                .findFirst();
        if (origin.getAgendaItemId() != null && item.isEmpty()) {
            throw new IllegalArgumentException("the meeting has no such item");
        }
        origin.describe(meeting.getTitle(), meeting.getStart(), item.map(agendaItem -> agendaItem.getTitle()).orElse(null),
                item.map(agendaItem -> agendaItem.isPublicItem()).orElse(false));
    }

    private static void keepWhatOnlyThePortalSets(Task changed, Task stored) {
        changed.created(stored.getWorkingGroupId(), stored.getCreatedBy(), stored.getCreatedAt());
        changed.setOrigin(stored.getOrigin());
        changed.setSeriesId(stored.getSeriesId());
        changed.setFollowUpCreated(stored.isFollowUpCreated());
        changed.getComments().clear();
        changed.getComments().addAll(stored.getComments());
        changed.getReviews().clear();
        changed.getReviews().addAll(stored.getReviews());
        changed.setAssignmentNotifiedFor(stored.getAssignmentNotifiedFor());
        changed.setDueSoonNotifiedFor(stored.getDueSoonNotifiedFor());
        changed.setOverdueNotifiedFor(stored.getOverdueNotifiedFor());
        changed.copyOwnerFrom(stored);
    }

    private Task stored(String id, PortalUser user) {
        return tasks.findByIdAndWorkingGroupId(id, user.workingGroupId()).filter(task -> TaskAccess.maySee(user, task))
                .orElseThrow(() -> new AccessDeniedException("unknown task"));
    }

    private void check(Task task) {
        var violations = validator.validate(task);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
