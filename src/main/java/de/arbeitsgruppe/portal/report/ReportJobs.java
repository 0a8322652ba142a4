package de.arbeitsgruppe.portal.report;

import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The quarterly report: from the first working day (Monday to Friday; holidays are not known here)
 * after a quarter on, each group whose office switched it on gets the report of that quarter once. The
 * quarter is claimed in the group's settings by a versioned save before anything is sent, so a second
 * node, run or restart sends nothing again (a run that fails after its claim is not repeated: the office
 * sends by hand then, and the log says so). The report is built with the rights of whoever switched the
 * schedule on; an account no longer in the office sends nothing.
 */
@Component
class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    private final ReportRecipients settings;
    private final ReportManagement reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportJobs(ReportRecipients settings, ReportManagement reports, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.report.quarterly-cron:0 30 7 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "report-quarterly", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void sendQuarterly() {
        var today = LocalDate.now(clock.withZone(Formats.ZONE));
        if (today.isBefore(firstWorkingDayOfQuarter(today))) {
            return;
        }
        var period = ReportPeriod.quarterBefore(today);
        for (var group : settings.scheduled()) {
            if (period.key().equals(group.getClaimedQuarter()) || group.getLeadershipContacts().isEmpty()) {
                continue;
            }
            var office = ReportRecipients.office(currentUser, group);
            if (office.isEmpty()) {
                log.warn("Quarterly report of {} not sent: {} is no longer in the office", group.getId(), group.getScheduledBy());
                continue;
            }
            if (!settings.claim(group, period.key())) {
                continue;
            }
            try {
                var sent = as(office.get().username(), office.get().roles().iterator().next().authority(),
                        () -> reports.sendScheduled(group.getId(), period, group.getScheduledBy()));
                log.info("Quarterly report {} of {} sent as number {}", period.key(), group.getId(), sent.getNumber());
            } catch (RuntimeException e) {
                log.warn("Quarterly report {} of {} claimed but not sent: the office can send it by hand", period.key(),
                        group.getId(), e);
            }
        }
    }

    static LocalDate firstWorkingDayOfQuarter(LocalDate day) {
        var first = LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
            first = first.plusDays(1);
        }
        return first;
    }

    private static <T> T as(String username, String authority, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                java.util.List.of(new SimpleGrantedAuthority(authority))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
