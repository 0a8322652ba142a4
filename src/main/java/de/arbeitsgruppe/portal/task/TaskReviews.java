package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Limits;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.TaskReview.Outcome;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Stand der Aufgaben" (Beschlusskontrolle): a session goes through every task of earlier minutes that
 * is still open, and its minutes record for each whether it is done, extended to a new date or
 * dropped. What was recorded stays on the task, so the session's list keeps showing it.
 */
@Service
public class TaskReviews {

    private static final Sort BY_ORGANISATION = Sort.by("ownerOrganisationName", "due", "_id");

    private final Tasks tasks;
    private final CurrentUser currentUser;
    private final MeetingManagement meetings;
    private final RecurringTasks recurring;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OpenTaskIndex index;
    private final TaskReviewSheets sheets;

    TaskReviews(Tasks tasks, CurrentUser currentUser, MeetingManagement meetings,
            RecurringTasks recurring, ApplicationEventPublisher events, Clock clock, OpenTaskIndex index,
            TaskReviewSheets sheets) {
        this.index = index;
        this.sheets = sheets;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.recurring = recurring;
        this.events = events;
        this.clock = clock;
    }

    /** What the session decided for one task; {@code outcome} null leaves the task as it is. */
    public record Entry(String taskId, long shownVersion, Outcome outcome, LocalDate newDue, String reason) {
    }

    /**
     * The tasks the session goes through: given in meetings before it and still open, or recorded in
     * this session already; by organisation, then due date. Partners see those they may see.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Task> forReview(String meetingId) {
        var user = currentUser.require();
        var meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        var open = TaskAccess.visibleTo(user).and("origin.meetingStart").lt(meeting.getStart());
        var listed = new java.util.LinkedHashMap<String, Task>();
        index.tasks(index.ids(open, BY_ORGANISATION, 0, Limits.MAX_PAGE_SIZE)).stream().filter(Task::isOpen)
                .filter(task -> TaskAccess.maySee(user, task))
                .forEach(task -> listed.put(task.getId(), task));
        index.tasks(sheets.taskIds(meeting.getId(), user.workingGroupId())).stream()
                .filter(task -> TaskAccess.maySee(user, task)).forEach(task -> listed.putIfAbsent(task.getId(), task));
        return listed.values().stream().sorted(java.util.Comparator
                .comparing((Task task) -> Objects.toString(task.getOwnerOrganisationName(), ""))
                .thenComparing(Task::getDue).thenComparing(Task::getId))
                .map(task -> TaskAccess.asSeenBy(user, task)).toList();
    }

    /**
     * Records the session's decisions (the office): the rows with an outcome change their tasks, all
     * rows (unchanged ones too) stay on the session's list. Every row is checked before the first task
     * is saved: a row without its date or reason, or a task changed since the list was shown, saves
     * nothing.
     *
     * @throws TaskRefused naming the row's task and field
     * @throws ConflictException when a task was changed since it was shown
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<Task> record(String meetingId, List<Entry> entries) {
        var user = currentUser.require();
        var meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        var decided = entries.stream().filter(entry -> entry.outcome() != null).toList();
        var stored = tasks.findAllById(entries.stream().map(Entry::taskId).toList()).stream()
                .filter(task -> TaskAccess.mayEdit(user, task))
                .collect(Collectors.toMap(Task::getId, Function.identity()));
        if (!stored.keySet().containsAll(entries.stream().map(Entry::taskId).toList())) {
            throw new AccessDeniedException("unknown task");
        }
        for (Entry entry : decided) {
            var task = stored.get(entry.taskId());
            if (!Objects.equals(task.getVersion(), entry.shownVersion())) {
                throw new ConflictException();
            }
            check(entry);
        }
        if (!entries.isEmpty()) {
            // every row, before the tasks: the session's list keeps each task it went through, also those
            // closed later or left unchanged, and a save that fails halfway loses none
            sheets.add(meeting.getId(), user.workingGroupId(), entries.stream().map(Entry::taskId).toList());
        }
        var saved = new ArrayList<Task>();
        for (Entry entry : decided) {
            saved.add(apply(stored.get(entry.taskId()), entry, meeting.getId()));
        }
        return saved;
    }

    private void check(Entry entry) {
        if (entry.outcome() == Outcome.EXTENDED
                && (entry.newDue() == null || entry.newDue().isBefore(LocalDate.now(clock)))) {
            throw new TaskRefused("due", "task.validation.extendedDue", entry.taskId());
        }
        if (entry.outcome() == Outcome.DROPPED && (entry.reason() == null || entry.reason().isBlank())) {
            throw new TaskRefused("statusReason", "task.validation.reason", entry.taskId());
        }
        if (entry.reason() != null && entry.reason().length() > Task.MAX_REASON) {
            throw new TaskRefused("statusReason", "task.validation.reasonLength", entry.taskId());
        }
    }

    private Task apply(Task task, Entry entry, String meetingId) {
        var before = task.getStatus();
        var now = clock.instant();
        switch (entry.outcome()) {
            case DONE -> task.changeStatus(TaskStatus.DONE, null, now);
            case DROPPED -> task.changeStatus(TaskStatus.DROPPED, entry.reason(), now);
            case EXTENDED -> {
                task.setDue(entry.newDue());
                if (!task.isOpen()) {
                    task.changeStatus(TaskStatus.OPEN, null, now);
                }
            }
        }
        task.reviewed(new TaskReview(meetingId, entry.outcome(), entry.newDue(), entry.reason(), now));
        var saved = VersionedSave.of(task, () -> tasks.save(task));
        if (before != saved.getStatus()) {
            events.publishEvent(new TaskStatusChanged(saved.getId(), saved.getWorkingGroupId(), saved.getStatus()));
            if (!saved.isOpen()) {
                return recurring.followUpQuietly(saved);
            }
        }
        return saved;
    }
}
