package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the owners hear about their tasks: that one was given to them, a comment, a due date coming
 * and a due date passed. Each is marked as told on the task with a versioned save before anything
 * is mailed, so a repeated event, a second node or a run after a restart finds the mark and mails
 * nothing: of two saves of the same version only one succeeds. Listeners run in the request of the
 * user who saved; a failure is logged and never turns that save into an error.
 */
@Component
class TaskNotifications {

    private static final Logger log = LoggerFactory.getLogger(TaskNotifications.class);
    private static final int ATTEMPTS = 5;

    private final Tasks tasks;
    private final MongoTemplate mongo;
    private final TaskRecipients recipients;
    private final TaskLetters letters;
    private final TaskMails mails;
    private final TaskMailProperties properties;

    TaskNotifications(Tasks tasks, MongoTemplate mongo, TaskRecipients recipients, TaskLetters letters, TaskMails mails,
            TaskMailProperties properties) {
        this.tasks = tasks;
        this.mongo = mongo;
        this.recipients = recipients;
        this.letters = letters;
        this.mails = mails;
        this.properties = properties;
    }

    @EventListener
    void on(TaskAssigned event) {
        try {
            claim(event.taskId(), task -> task.isOpen() && !task.ownerKey().equals(task.getAssignmentNotifiedFor()),
                    task -> task.setAssignmentNotifiedFor(task.ownerKey()))
                    .ifPresent(task -> mails.deliver(task, task.ownerKey(), recipients.ofAssignment(task),
                            recipient -> letters.assigned(task, recipient)));
        } catch (RuntimeException e) {
            log.warn("Assignment of task {} not mailed", event.taskId(), e);
        }
    }

    /** A comment is news once: it is published once, after its save, and needs no mark on the task. */
    @EventListener
    void on(TaskCommented event) {
        try {
            var task = tasks.findById(event.taskId()).orElse(null);
            var comment = task == null ? null : task.getComments().reversed().stream()
                    .filter(candidate -> Objects.equals(candidate.getAuthorUsername(), event.authorUsername())
                            && Objects.equals(candidate.getText(), event.text()))
                    .findFirst().orElse(null);
            if (comment == null) {
                return;
            }
            mails.deliver(task, "comment:" + comment.getAt().toEpochMilli(),
                    recipients.ofComment(task, event.authorUsername()), recipient -> letters.commented(task, comment));
        } catch (RuntimeException e) {
            log.warn("Comment on task {} not mailed", event.taskId(), e);
        }
    }

    /**
     * Reminds of every open task due within the reminder days and tells of every task due before
     * today, once per due date. A task found overdue whose reminder was missed (the portal was down)
     * gets the overdue notice only. A changed due date is a new date to remind of.
     *
     * @return how many tasks were told about
     */
    int remind(LocalDate today) {
        var horizon = today.plusDays(properties.reminderDays());
        var due = mongo.find(new Query(Criteria.where("open").is(true).and("due").lte(horizon))
                .with(Sort.by("due", "_id")), Task.class);
        var told = 0;
        for (var task : due) {
            try {
                told += remind(task, today, horizon) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Reminder of task {} not sent", task.getId(), e);
            }
        }
        return told;
    }

    private boolean remind(Task task, LocalDate today, LocalDate horizon) {
        if (task.isOverdue(today)) {
            if (task.getDue().equals(task.getOverdueNotifiedFor())) {
                return false;
            }
            var claimed = claim(task.getId(),
                    stored -> stored.isOverdue(today) && !stored.getDue().equals(stored.getOverdueNotifiedFor()),
                    stored -> {
                        stored.setOverdueNotifiedFor(stored.getDue());
                        // the notice that it is overdue says more than a late reminder would
                        stored.setDueSoonNotifiedFor(stored.getDue());
                    });
            claimed.ifPresent(stored -> mails.deliver(stored, "overdue:" + stored.getDue(),
                    recipients.ofReminder(stored, TaskMailKind.OVERDUE), recipient -> letters.overdue(stored)));
            return claimed.isPresent();
        }
        if (task.getDue().equals(task.getDueSoonNotifiedFor())) {
            return false;
        }
        var claimed = claim(task.getId(),
                stored -> stored.isOpen() && !stored.isOverdue(today) && !stored.getDue().isAfter(horizon)
                        && !stored.getDue().equals(stored.getDueSoonNotifiedFor()),
                stored -> stored.setDueSoonNotifiedFor(stored.getDue()));
        claimed.ifPresent(stored -> mails.deliver(stored, "dueSoon:" + stored.getDue(),
                recipients.ofReminder(stored, TaskMailKind.DUE_SOON), recipient -> letters.dueSoon(stored)));
        return claimed.isPresent();
    }

    /**
     * Marks the task as told, reading it fresh each time: the task as stored after the mark, or
     * empty when there is nothing to tell (any more) — told by another node, or changed so that the
     * news is no longer true.
     */
    private Optional<Task> claim(String taskId, Predicate<Task> toTell, Consumer<Task> mark) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var task = tasks.findById(taskId).filter(toTell);
            if (task.isEmpty()) {
                return Optional.empty();
            }
            mark.accept(task.get());
            try {
                return Optional.of(VersionedSave.of(task.get(), () -> tasks.save(task.get())));
            } catch (ConflictException changedMeanwhile) {
                // someone saved the task in between (another node, the owner): look again
            }
        }
        log.warn("Task {} kept changing: not marked as told, tried again on the next run", taskId);
        return Optional.empty();
    }
}
