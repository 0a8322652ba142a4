package de.arbeitsgruppe.portal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.JobsContext;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.exchange.internal.ExchangeAgreements;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.MovableClock;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The review reminder as the scheduler would run it, on several nodes and after restarts (new
 * instances, nothing kept in memory), with a real SMTP server: the responsible contacts hear of a
 * review date once, fourteen days before it.
 */
class ExchangeJobsIT extends JobsContext {

    @Autowired
    MovableClock clock;
    @Autowired
    ExchangeRegister register;
    @Autowired
    ExchangeAgreements agreements;
    @Autowired
    ContactDirectory directory;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Mailer mailer;
    @Autowired
    PortalTranslations translations;
    @Autowired
    ExchangeProperties properties;
    @Autowired
    de.arbeitsgruppe.portal.shared.GroupContactProperties office;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);


    @Test
    void remindsTheResponsibleContactsOnceFourteenDaysBeforeTheReviewAndAgainOnlyForANewDate() {
        var day = startDay();
        var kommune = contact("Kommune", ExchangeSamples.KOMMUNE);
        var agentur = contact("Agentur", ExchangeSamples.AGENTUR);
        var title = "Prüfung fällig " + suffix;
        var agreement = ExchangeSamples.agreement(title);
        agreement.setContactIds(List.of(kommune.getId(), agentur.getId()));
        agreement.setNextReview(day.plusDays(20));
        var saved = asCoordinator(() -> register.create(agreement));

        at(day.plusDays(5), 9);
        newNode().remindOfReviews();
        assertThat(mails(kommune.getEmail(), title)).as("fifteen days before").isEmpty();

        at(day.plusDays(6), 9);
        newNode().remindOfReviews();
        newNode().remindOfReviews();
        at(day.plusDays(7), 14);
        newNode().remindOfReviews();

        for (var contact : List.of(kommune, agentur)) {
            assertThat(mails(contact.getEmail(), title)).as(contact.getName()).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).isEqualTo("Überprüfung fällig am " + Formats.date(day.plusDays(20)) + ": " + title);
                assertThat(mail.text()).contains("Guten Tag " + contact.getName(), "Landkreis Musterstadt",
                        "Agentur für Arbeit Musterstadt", "Zur Vereinbarung: http://localhost:8080/datenaustausch/" + saved.getId());
            });
        }

        var changed = asCoordinator(() -> register.find(saved.getId())).orElseThrow();
        changed.setNextReview(day.plusDays(200));
        asCoordinator(() -> register.update(changed));
        at(day.plusDays(186), 9);
        newNode().remindOfReviews();
        newNode().remindOfReviews();
        assertThat(mails(kommune.getEmail(), title)).hasSize(2);
        assertThat(mails(kommune.getEmail(), title).getLast().subject()).contains(Formats.date(day.plusDays(200)));
    }

    @Test
    void severalNodesRunningAtOnceMailTheReminderOnce() throws Exception {
        var day = startDay();
        var jobcenter = contact("Jobcenter", ExchangeSamples.JOBCENTER);
        var title = "Parallel " + suffix;
        var agreement = ExchangeSamples.agreement(title);
        agreement.setContactIds(List.of(jobcenter.getId()));
        agreement.setNextReview(day.plusDays(3));
        asCoordinator(() -> register.create(agreement));

        at(day, 11);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var nodes = IntStream.range(0, 4).mapToObj(i -> (Callable<Void>) () -> {
                newNode().remindOfReviews();
                return null;
            }).toList();
            for (var result : pool.invokeAll(nodes)) {
                result.get();
            }
        }

        assertThat(mails(jobcenter.getEmail(), title)).hasSize(1);
    }

    @Test
    void remindsTheOfficeWhenNoResponsibleContactCanBeMailed() {
        var day = startDay();
        var title = "Ohne Ansprechperson " + suffix;
        var agreement = ExchangeSamples.agreement(title);
        agreement.setContactIds(List.of());
        agreement.setNextReview(day.plusDays(2));
        asCoordinator(() -> register.create(agreement));

        newNode().remindOfReviews();
        newNode().remindOfReviews();

        assertThat(mails(office.email(), title)).singleElement()
                .satisfies(mail -> assertThat(mail.text().replaceAll("\\s+", " "))
                        .contains("Landkreis Musterstadt", "Agentur für Arbeit Musterstadt",
                                "Keine der dafür benannten Ansprechpersonen ist per E-Mail erreichbar")
                        .doesNotContain("Sie sind dafür als Ansprechperson benannt"));
    }

    private ExchangeJobs newNode() {
        var reminders = new ExchangeReminders(agreements, mongo, directory, mailer, new ExchangeLetters(translations, properties),
                properties, office);
        return new ExchangeJobs(reminders, clock);
    }

    private Contact contact(String side, String organisationId) {
        var entry = new Contact(ContactKind.PERSON, side + " Verantwortlich " + suffix, organisationId);
        entry.setEmail((side + "-" + suffix + "@behoerde.example").toLowerCase());
        return asCoordinator(() -> directory.create(entry));
    }

    private LocalDate startDay() {
        var day = LocalDate.now(Formats.ZONE);
        at(day, 10);
        return day;
    }

    private void at(LocalDate day, int hour) {
        clock.set(day.atTime(LocalTime.of(hour, 0)));
    }

    private static List<ReceivedMail> mails(String to, String subjectPart) {
        return TestMailServer.received().stream()
                .filter(mail -> mail.to().contains(to) && mail.subject() != null && mail.subject().contains(subjectPart))
                .toList();
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
