package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.MovableClock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the tests of the scheduled jobs and their mails (tasks, offers,
 * reports, data exchange): a real SMTP server, a movable clock, and every schedule these tests drive
 * switched off, so that only the tests run the jobs (and only when they say). Each module's tests
 * used to switch off only their own schedules and so started a context of their own; one shared
 * configuration starts once, which keeps the test command about half a minute shorter. Each test
 * starts at the real time (as in a context of its own) and makes its own organisations, people and
 * records.
 */
@SpringBootTest(properties = {"portal.tasks.reminder-cron=-", "portal.tasks.summary-cron=-",
        "portal.tasks.recurring-cron=-", "portal.offers.archive-cron=-", "portal.offers.reminder-cron=-",
        "portal.report.quarterly-cron=-", "portal.exchange.reminder-cron=-"})
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
public abstract class JobsContext {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry);
    }

    /** Whatever day the test before moved the portal to (the task tests live two years ahead). */
    @BeforeEach
    void startAtTheRealTime(@Autowired MovableClock clock) {
        clock.set(LocalDateTime.now(Formats.ZONE));
    }
}
