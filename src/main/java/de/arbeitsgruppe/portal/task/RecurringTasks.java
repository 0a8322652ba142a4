package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The next task of a recurring duty, created when the current one is closed or falls due. Its id
 * is made of the series and its due date, so that two nodes, a retry after a restart, or a close and
 * the daily job at once create it only once: the second insert meets the first.
 */
@Component
class RecurringTasks {

    static final String PORTAL = "portal";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RecurringTasks.class);

    private final Tasks tasks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecurringTasks(Tasks tasks, Clock clock, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates the follow-up of the task, if it repeats, has none yet, and is done or still open (then
     * due): a recurring task dropped ("entfällt") ends its series.
     *
     * @return the task as stored afterwards (marked as followed up), or empty when nothing was to do
     */
    Optional<Task> followUp(Task current) {
        if (!current.isRecurring() || current.isFollowUpCreated() || current.getStatus() == TaskStatus.DROPPED) {
            return Optional.empty();
        }
        var next = next(current);
        try {
            tasks.insert(next);
            events.publishEvent(new TaskAssigned(next.getId(), next.getWorkingGroupId()));
        } catch (DuplicateKeyException alreadyThere) {
            // created by another node or by a run before a restart: nothing more to do for it
        }
        return Optional.of(markFollowedUp(current));
    }

    /**
     * The same after a user's save: should the next task fail to be created, the save stands and the
     * job creates it on its next run (it looks for done tasks without follow-up).
     */
    Task followUpQuietly(Task current) {
        try {
            return followUp(current).orElse(current);
        } catch (RuntimeException e) {
            log.warn("Next task of the recurring task {} not created now; the job will", current.getId(), e);
            return current;
        }
    }

    private Task markFollowedUp(Task current) {
        current.setFollowUpCreated(true);
        try {
            return VersionedSave.of(current, () -> tasks.save(current));
        } catch (ConflictException changedMeanwhile) {
            // someone commented or another node marked it: mark the stored one
            var stored = tasks.findById(current.getId()).orElseThrow();
            if (stored.isFollowUpCreated()) {
                return stored;
            }
            stored.setFollowUpCreated(true);
            return VersionedSave.of(stored, () -> tasks.save(stored));
        }
    }

    private Task next(Task current) {
        var seriesId = current.getSeriesId() == null ? current.getId() : current.getSeriesId();
        var due = current.getRepeat().after(current.getDue());
        var next = new Task(current.getTitle(), due);
        next.setId(seriesId + "-" + due);
        next.setSeriesId(seriesId);
        next.markRepetition();
        next.setDescription(current.getDescription());
        next.setPriority(current.getPriority());
        next.setContactInterface(current.getContactInterface());
        next.setTopic(current.getTopic());
        next.setVisibility(current.getVisibility());
        next.setRepeat(current.getRepeat());
        next.setOrigin(current.getOrigin());
        next.setOwner(current.getOwnerContactId(), current.getOwnerOrganisationId());
        next.copyOwnerFrom(current);
        next.created(current.getWorkingGroupId(), PORTAL, clock.instant());
        return next;
    }
}
