package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.JobsContext;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Mailboxes;
import de.arbeitsgruppe.portal.shared.MovableClock;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The task mails' tests, in the context all job tests share ({@link JobsContext}: a real SMTP
 * server, a movable clock, the jobs' schedules switched off). Each test makes its own organisation,
 * people and tasks, and finds its mails by their addresses.
 */
abstract class TaskMailContext extends JobsContext {

    static final String GROUP = "ag-musterstadt";
    static final String ANNA = "anna.koordination@musterstadt.example";

    @Autowired
    MovableClock clock;
    @Autowired
    TaskManagement management;
    @Autowired
    TaskMailSettings settings;
    @Autowired
    Tasks tasks;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ContactDirectory directory;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    Mailer mailer;
    @Autowired
    PortalTranslations translations;
    @Autowired
    TaskMailProperties properties;


    /** A person with an account and an entry in the directory. */
    record Person(String username, String name, String email, String contactId) {
    }

    /** A new organisation with its people, each with an account. */
    record Team(String organisationId, String name, List<Person> people) {
    }

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** Today in the portal, at ten in the morning: a day far enough ahead that no demo record is due then. */
    LocalDate startDay(int offset) {
        var day = LocalDate.now().plusYears(2).plusDays(offset);
        at(day, 10);
        return day;
    }

    void at(LocalDate day, int hour) {
        clock.set(day.atTime(LocalTime.of(hour, 0)));
    }

    Team team(String prefix, int size) {
        var name = "Testverein " + prefix + " " + suffix;
        var organisationId = asCoordinator(() -> organisations.create(
                new Organisation(name, prefix + " " + suffix, OrganisationKind.SONSTIGE, Membership.PARTNER)).getId());
        var people = new java.util.ArrayList<Person>();
        for (int i = 1; i <= size; i++) {
            var username = (prefix + "-" + i + "-" + suffix).toLowerCase();
            var personName = prefix + " Person " + i;
            var email = username + "@verein.example";
            SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
                var account = new Account(username, personName, Role.PARTNER, organisationId);
                account.setEmail(email);
                accounts.create(account, "Test-Passwort-1");
            });
            var contactId = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
                var contact = new Contact(ContactKind.PERSON, personName, organisationId);
                contact.setEmail("kontakt-" + email);
                contact.setAccountUsername(username);
                return directory.create(contact).getId();
            });
            people.add(new Person(username, personName, email, contactId));
        }
        return new Team(organisationId, name, List.copyOf(people));
    }

    /** A directory entry of someone who cannot log in. */
    String contactWithoutAccount(Team team, String email) {
        return SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            var contact = new Contact(ContactKind.PERSON, "Ohne Zugang " + suffix, team.organisationId());
            contact.setEmail(email);
            return directory.create(contact).getId();
        });
    }

    Task giveToPerson(String title, LocalDate due, String contactId, String organisationId) {
        var task = new Task(title, due);
        task.setOwner(contactId, organisationId);
        return asCoordinator(() -> management.create(task));
    }

    Task giveToOrganisation(String title, LocalDate due, String organisationId) {
        var task = new Task(title, due);
        task.setOwner(null, organisationId);
        return asCoordinator(() -> management.create(task));
    }

    void choose(Person person, TaskMailKind kind, TaskMailTiming timing) {
        SignedIn.as(person.username(), Role.PARTNER, () -> {
            var mine = settings.mine();
            mine.choose(kind, timing);
            settings.save(mine);
        });
    }

    /** Every mail received at the address whose subject contains the text; mails are sent before the call that writes them returns. */
    static List<ReceivedMail> mails(String to, String subjectPart) {
        return TestMailServer.received().stream()
                .filter(mail -> mail.to().contains(to) && mail.subject() != null && mail.subject().contains(subjectPart))
                .toList();
    }

    /**
     * A portal node of its own: every object of the task mails made anew on the same database, as after
     * a restart or on a second server. It shares no memory with the application's beans, and its job
     * methods run without ShedLock's lock (which only Spring's proxy adds).
     */
    TaskJobs newNode() {
        var recipients = new TaskRecipients(mailboxes);
        var letters = new TaskLetters(translations, properties);
        var digest = new TaskMailDigest(mongo, mailboxes, mailer, letters, clock);
        var mails = new TaskMails(mailer, settings, digest, letters);
        var notifications = new TaskNotifications(tasks, mongo, recipients, letters, mails, properties);
        return new TaskJobs(notifications, digest, new RecurringTasks(tasks, clock, events), mongo, clock);
    }

    /**
     * The jobs as the scheduler runs them, but without ShedLock's lock: it holds each job for at least
     * a minute of real time, so a test's second run a moment later would be skipped.
     */
    TaskJobs jobs() {
        return newNode();
    }

    TaskNotifications notificationsOf(TaskJobs node) {
        return (TaskNotifications) org.springframework.test.util.ReflectionTestUtils.getField(node, "notifications");
    }

    static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
