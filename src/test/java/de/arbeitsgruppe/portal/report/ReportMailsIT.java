package de.arbeitsgruppe.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.JobsContext;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.notification.Outbox;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.protocol.internal.PdfChecks;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.MovableClock;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report by mail through a real SMTP server: on demand with its PDF, and once per quarter by the schedule. */
class ReportMailsIT extends JobsContext {

    private static final String JOBCENTER_LEADERSHIP = "geschaeftsfuehrung@jobcenter-musterstadt.example";
    private static final String COUNTY_LEADERSHIP = "leitung@landkreis-musterstadt.example";

    @Autowired
    ReportManagement reports;
    @Autowired
    ReportRecipients recipients;
    @Autowired
    ReportJobs jobs;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MovableClock clock;
    @Autowired
    Outbox outbox;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;


    @Test
    void mailsTheReportOnceWithItsPdfToTheLeadershipOfTheOrganisationOnly() throws Exception {
        clock.set(Formats.today().atTime(LocalTime.of(10, 0)));
        var period = ReportPeriod.span(Formats.today().minusDays(20), Formats.today().minusDays(10));

        var sent = asCoordinator(() -> reports.send(period, "org-jobcenter-musterstadt"));

        var subject = "Bericht an die Leitungsebenen: Jobcenter Musterstadt, " + period.dates();
        var mails = TestMailServer.await(1, TestMailServer.about(subject));
        assertThat(mails).hasSize(1);
        var mail = mails.getFirst();
        assertThat(mail.to()).containsExactly(JOBCENTER_LEADERSHIP);
        assertThat(mail.text()).startsWith("Guten Tag,").contains("Jobcenter Musterstadt", period.dates(), "Fassung 1");
        var pdf = mail.attachment(sent.fileName("pdf"));
        assertThat(pdf).isEqualTo(sent.getPdf());
        assertThat(PdfChecks.pdfaProblems(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf)).contains("Aufgaben je Organisation");
    }

    @Test
    void theQuarterlyRunSendsTheLastQuarterOnceThoughItRunsTwiceAndOnASecondNode() {
        clock.set(Formats.today().atTime(LocalTime.of(10, 0)));
        asCoordinator(() -> {
            var settings = recipients.current();
            settings.setQuarterly(true);
            return recipients.save(settings);
        });
        var firstWorkingDay = ReportJobs.firstWorkingDayOfQuarter(Formats.today().plusMonths(3));
        var quarter = ReportPeriod.quarterBefore(firstWorkingDay);
        var subject = "Bericht an die Leitungsebenen: Gesamte Arbeitsgruppe, " + quarter.dates();

        clock.set(firstWorkingDay.minusDays(1).atTime(LocalTime.of(8, 0)));
        jobs.sendQuarterly();
        assertThat(mails(subject)).as("before the first working day").isEmpty();

        clock.set(firstWorkingDay.atTime(LocalTime.of(7, 30)));
        jobs.sendQuarterly();
        jobs.sendQuarterly();
        new ReportJobs(recipients, reports, currentUser, clock).sendQuarterly();

        var leadership = DemoReports.CONTACTS.size();
        // the SMTP server keeps one copy of a mail per recipient's mailbox
        var mails = TestMailServer.await(leadership, TestMailServer.about(subject));
        assertThat(mails).hasSize(leadership);
        assertThat(mails.getFirst().to()).hasSize(leadership).contains(COUNTY_LEADERSHIP, JOBCENTER_LEADERSHIP);
        assertThat(SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> outbox.newest(200))).as("mails in the outbox")
                .filteredOn(mail -> mail.getSubject().equals(subject)).hasSize(1);
        assertThat(SignedIn.as(SignedIn.MEMBER, Role.MEMBER, () -> reports.sent())).filteredOn(SentReport::isScheduled)
                .extracting(SentReport::getPeriodKey).containsExactly(quarter.key());
    }

    @Test
    void aScheduleOfSomeoneNoLongerInTheOfficeStallsVisiblyUntilSomeoneInTheOfficeSavesIt() {
        var before = asCoordinator(recipients::current).isQuarterly();
        asCoordinator(() -> {
            var settings = recipients.current();
            settings.setQuarterly(true);
            return recipients.save(settings);
        });
        try {
            assertThat(asCoordinator(recipients::scheduledAs)).map(user -> user.username()).contains(SignedIn.COORDINATOR);
            // as if whoever switched it on had moved from the office to a member's role
            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is("ag-musterstadt")),
                    org.springframework.data.mongodb.core.query.Update.update("scheduledBy", SignedIn.MEMBER), ReportSettings.class);
            assertThat(asCoordinator(recipients::scheduledAs)).as("stalled").isEmpty();

            asCoordinator(() -> recipients.save(recipients.current()));

            assertThat(asCoordinator(recipients::scheduledAs)).map(user -> user.username()).contains(SignedIn.COORDINATOR);
        } finally {
            asCoordinator(() -> {
                var settings = recipients.current();
                settings.setQuarterly(before);
                return recipients.save(settings);
            });
        }
    }

    private static List<ReceivedMail> mails(String subject) {
        return TestMailServer.received().stream().filter(TestMailServer.about(subject)).toList();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
