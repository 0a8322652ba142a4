package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The register's scheduled job: the review reminders ({@link ExchangeReminders}). It does only what is
 * still to do (the mark on each agreement), so the first run after downtime catches up and a second
 * run, node or restart mails nothing; the lock only spares the work. Today is the portal's
 * {@link Clock} in Europe/Berlin.
 */
@Component
class ExchangeJobs {

    private static final Logger log = LoggerFactory.getLogger(ExchangeJobs.class);

    private final ExchangeReminders reminders;
    private final Clock clock;

    ExchangeJobs(ExchangeReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Hourly in the daytime: nobody gets mail at night. */
    @Scheduled(cron = "${portal.exchange.reminder-cron:0 40 7-20 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "exchange-review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remindOfReviews() {
        var reminded = reminders.remind(LocalDate.now(clock.withZone(Formats.ZONE)));
        if (reminded > 0) {
            log.info("Data-exchange reviews: contacts of {} agreements reminded", reminded);
        }
    }
}
