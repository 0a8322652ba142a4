package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Records of their own for tests of what a person sees as theirs (start page, calendar, feed): a
 * person with a login, an organisation of their own and an entry in the directory, so that no other
 * test's tasks show; their tasks, overdue ones made so by moving the due date back as no page would;
 * a meeting running right now.
 */
public final class PeopleWithTasks {

    public record Person(String username, String name, Role role, String organisationId, String organisationName,
            String contactId) {

        public <T> T signedIn(Supplier<T> action) {
            return SignedIn.as(username, role, action);
        }
    }

    private final ApplicationContext context;

    public PeopleWithTasks(ApplicationContext context) {
        this.context = context;
    }

    /** A person with a login and a directory entry (confirmed today), in a new organisation. */
    public Person person(Role role) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var membership = role == Role.PARTNER ? Membership.PARTNER : Membership.MEMBER;
        var organisation = asCoordinator(() -> bean(OrganisationManagement.class).create(
                new Organisation("Testverein " + suffix, "TV " + suffix, OrganisationKind.SONSTIGE, membership)));
        var username = "start-" + suffix;
        var name = "Start " + suffix;
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> bean(AccountManagement.class)
                .create(new Account(username, name, role, organisation.getId()), "Start-Passwort-123"));
        var entry = new Contact(ContactKind.PERSON, name, organisation.getId());
        entry.setAccountUsername(username);
        entry.setEmail(username + "@verein.example");
        var contact = asCoordinator(() -> bean(ContactDirectory.class).create(entry));
        return new Person(username, name, role, organisation.getId(), organisation.getName(), contact.getId());
    }

    /** A task given by the office to a person ({@code contactId}) or to an organisation as a whole. */
    public Task give(String title, String contactId, String organisationId, LocalDate due) {
        var task = new Task(title + " " + UUID.randomUUID().toString().substring(0, 6), due);
        task.setOwner(contactId, organisationId);
        return asCoordinator(() -> bean(TaskManagement.class).create(task));
    }

    /** Moves the task's due date into the past, as time would. */
    public Task overdue(Task task, int days) {
        var tasks = bean(Tasks.class);
        var stored = tasks.findById(task.getId()).orElseThrow();
        stored.setDue(Formats.today().minusDays(days));
        return tasks.save(stored);
    }

    /** The person's entry, last confirmed that many months ago. */
    public void confirmedMonthsAgo(Person person, int months) {
        bean(MongoTemplate.class).updateFirst(Query.query(Criteria.where("_id").is(person.contactId())),
                Update.update("lastConfirmed", Formats.today().minusMonths(months)), Contact.class);
    }

    /** A meeting that began an hour ago and lasts three more: it leads every list of what is coming. */
    public Meeting runningMeeting(String title, Visibility visibility) {
        var start = LocalDateTime.now(Formats.ZONE).truncatedTo(ChronoUnit.MINUTES).minusHours(1);
        var meeting = new Meeting(MeetingType.INTERFACE_TALK, title + " " + UUID.randomUUID().toString().substring(0, 6),
                null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusHours(4));
        meeting.setPlace("Kreishaus, Raum 12");
        meeting.setVisibility(visibility);
        return asCoordinator(() -> bean(MeetingManagement.class).create(meeting, null));
    }

    public static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
