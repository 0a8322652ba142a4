package de.arbeitsgruppe.portal.exchange;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Runs the register's scheduled reminder job from tests of other packages (the browser tests), as the scheduler would. */
public final class ReviewReminderRuns {

    private ReviewReminderRuns() {
    }

    /**
     * One run of the job bean, through its ShedLock lock. The lock of an earlier run is released first,
     * as its hour would have passed: a run within the lock's minimum time would otherwise be skipped,
     * and a second run would send nothing for the wrong reason.
     */
    public static void runNow(ApplicationContext context) {
        context.getBean(MongoTemplate.class)
                .remove(new Query(Criteria.where("_id").is("exchange-review-reminders")), "shedLock");
        context.getBean(ExchangeJobs.class).remindOfReviews();
    }
}
