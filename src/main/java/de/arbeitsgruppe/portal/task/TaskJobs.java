package de.arbeitsgruppe.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tasks' scheduled jobs: reminders and overdue notices, the daily summaries, and the next task of
 * each recurring duty that fell due. Each runs several times a day and does only what is still to do
 * (the marks on the tasks, the claims of the summaries, the follow-up's id), so a run after downtime
 * catches up and a second run, node or restart repeats nothing. The lock only spares the work; the
 * marks alone keep every mail single. Today is the portal's {@link Clock}.
 */
@Component
class TaskJobs {

    private static final Logger log = LoggerFactory.getLogger(TaskJobs.class);

    private final TaskNotifications notifications;
    private final TaskMailDigest digest;
    private final RecurringTasks recurring;
    private final MongoTemplate mongo;
    private final Clock clock;

    TaskJobs(TaskNotifications notifications, TaskMailDigest digest, RecurringTasks recurring, MongoTemplate mongo,
            Clock clock) {
        this.notifications = notifications;
        this.digest = digest;
        this.recurring = recurring;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Hourly in the daytime: nobody is woken at night, and the first run after downtime catches up. */
    @Scheduled(cron = "${portal.tasks.reminder-cron:0 0 6-20 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "task-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void sendReminders() {
        var told = notifications.remind(today());
        if (told > 0) {
            log.info("Task reminders: {} tasks due soon or overdue told about", told);
        }
    }

    /** From the morning on: the first run of the day sends, later runs find the day claimed. */
    @Scheduled(cron = "${portal.tasks.summary-cron:0 0 7-20 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "task-summaries", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void sendSummaries() {
        var sent = digest.sendSummaries(today());
        if (sent > 0) {
            log.info("Task summaries: {} sent", sent);
        }
    }

    @Scheduled(cron = "${portal.tasks.recurring-cron:0 30 5-20 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "task-recurring", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void createFollowUps() {
        // also a task done whose next one was not created then (the database failed in between): no series skips
        var due = mongo.find(new Query(Criteria.where("followUpCreated").is(false).and("repeat").ne(null)
                .orOperator(Criteria.where("status").is(TaskStatus.DONE),
                        Criteria.where("open").is(true).and("due").lte(today()))), Task.class);
        for (var task : due) {
            try {
                recurring.followUp(task);
            } catch (RuntimeException e) {
                log.warn("Next task of the recurring task {} not created", task.getId(), e);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
