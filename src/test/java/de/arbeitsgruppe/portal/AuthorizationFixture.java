package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;

import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Users of each role and the records they act on, all made for this test: the partner's own
 * organisation, an own contact entry per user, an account for the admin to change, and a series of
 * two meetings years ahead.
 */
final class AuthorizationFixture {

    private final OrganisationManagement organisations;
    private final AccountManagement accountManagement;
    private final ContactDirectory directory;
    private final MeetingManagement meetings;

    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);
    private final Map<Who, String> ownEntries = new EnumMap<>(Who.class);
    private final String organisationId;
    private final String targetAccountId;
    private final String meetingId;
    private final String seriesId;
    private String invitationMeetingId;

    AuthorizationFixture(OrganisationManagement organisations, AccountManagement accountManagement,
            ContactDirectory directory, MeetingManagement meetings) {
        this.organisations = organisations;
        this.accountManagement = accountManagement;
        this.directory = directory;
        this.meetings = meetings;
        organisationId = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            var organisation = new Organisation("Prüfverein Matrix " + suffix, "Matrix " + suffix,
                    OrganisationKind.EHRENAMT, Membership.PARTNER);
            return organisations.create(organisation).getId();
        });
        for (Who who : List.of(Who.ADMIN, Who.COORDINATOR, Who.MEMBER, Who.PARTNER)) {
            var username = "matrix-" + who.name().toLowerCase() + "-" + suffix;
            var organisation = who == Who.PARTNER ? organisationId : "org-landkreis-musterstadt";
            SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accountManagement.create(
                    new Account(username, "Matrix " + who, Role.valueOf(who.name()), organisation),
                    "Matrix-Passwort-1"));
            usernames.put(who, username);
            ownEntries.put(who, SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
                var entry = new Contact(ContactKind.PERSON, "Matrix " + who + " " + suffix, organisationId);
                entry.setAccountUsername(username);
                entry.setVisibility(who == Who.PARTNER ? Visibility.PARTNERS : Visibility.INTERNAL);
                return directory.create(entry).getId();
            }));
        }
        targetAccountId = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> accountManagement.create(
                new Account("matrix-ziel-" + suffix, "Matrix Ziel", Role.MEMBER, organisationId),
                "Matrix-Passwort-1").getId());
        var firstDate = SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> meetings.create(newMeeting(), Recurrence.weekly(1, null, 2)));
        meetingId = firstDate.getId();
        seriesId = firstDate.getSeriesId();
    }

    /** The partner's own organisation, e.g. to invite it. */
    String partnerOrganisationId() {
        return organisationId;
    }

    String username(Who who) {
        return usernames.get(who);
    }

    <T> T asAdmin(Supplier<T> action) {
        return SignedIn.as(username(Who.ADMIN), Role.ADMIN, action);
    }

    private String unique(String prefix) {
        return prefix + "-" + suffix + "-" + counter.incrementAndGet();
    }

    private Organisation organisation() {
        return organisations.find(organisationId).orElseThrow();
    }

    private Contact ownEntry(Who who) {
        return directory.find(ownEntries.get(who == Who.ANONYMOUS ? Who.PARTNER : who)).orElseThrow();
    }

    /** A meeting with one guest, made on first use: invitations to it go to the outbox. */
    private String invitationMeeting() {
        if (invitationMeetingId == null) {
            invitationMeetingId = asAdmin(() -> {
                var meeting = newMeeting();
                meeting.setGuests(List.of(new Guest("Matrix Gast", null, "matrix-gast@example.org")));
                return meetings.create(meeting, null).getId();
            });
        }
        return invitationMeetingId;
    }

    /** A meeting of the partners' visibility far in the future, so that no page's list of the next dates changes. */
    private Meeting newMeeting() {
        var start = Formats.today().plusYears(3).atTime(10, 0).plusDays(counter.incrementAndGet());
        var meeting = new Meeting(MeetingType.JOINT_EVENT, "Matrix-Termin " + suffix, null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusHours(1));
        meeting.setVisibility(Visibility.PARTNERS);
        return meeting;
    }

    private Meeting meeting() {
        return meetings.find(meetingId).orElseThrow();
    }

    private Account targetAccount() {
        return accountManagement.findAll().stream().filter(a -> a.getId().equals(targetAccountId))
                .findFirst().orElseThrow();
    }

    /** Harmless arguments per method and caller, made as admin just before each call. */
    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("AccountManagement.create(Account, String)", who -> args(
                new Account(unique("matrix-neu"), "Matrix Neu", Role.MEMBER, organisationId), "Matrix-Passwort-1"));
        arguments.put("AccountManagement.findAll()", who -> args());
        arguments.put("AuditTrail.find(AuditFilter, int, int)", who -> args(de.arbeitsgruppe.portal.audit.AuditFilter.ALL, 0, 10));
        arguments.put("AuditTrail.forEach(AuditFilter, Consumer)", who -> args(de.arbeitsgruppe.portal.audit.AuditFilter.ALL,
                (java.util.function.Consumer<Object>) entry -> { }));
        arguments.put("AuditTrail.historyOf(Class, String)", who -> args(Contact.class, "matrix-unbekannt"));
        arguments.put("AuditTrail.recordTypes()", who -> args());
        arguments.put("AccountManagement.resetPassword(String, String)", who -> args(targetAccountId, "Matrix-Passwort-2"));
        arguments.put("AccountManagement.setActive(String, boolean)", who -> args(targetAccountId, true));
        arguments.put("AccountManagement.lockedUntil()", who -> args());
        arguments.put("AccountManagement.unlock(String)", who -> args(targetAccountId));
        arguments.put("AccountManagement.update(Account)", who -> {
            var account = targetAccount();
            account.setDisplayName("Matrix Ziel " + counter.incrementAndGet());
            return args(account);
        });
        arguments.put("CalendarTokens.issue()", who -> args());
        arguments.put("DatabaseBackup.fileName()", who -> args());
        arguments.put("DatabaseBackup.writeTo(OutputStream)", who -> args(java.io.OutputStream.nullOutputStream()));
        arguments.put("CalendarTokens.issuedAt()", who -> args());
        arguments.put("CalendarTokens.revoke()", who -> args());
        arguments.put("ContactDirectory.confirmOwnEntry(Long)", who -> args(ownEntry(who).getVersion()));
        arguments.put("ContactDirectory.create(Contact)", who -> {
            var contact = new Contact(ContactKind.PERSON, unique("Matrix Neu"), organisationId);
            contact.setVisibility(Visibility.INTERNAL);
            return args(contact);
        });
        arguments.put("ContactDirectory.deputyCandidates(String)", who -> args(organisationId));
        arguments.put("ContactDirectory.find(String)", who -> args(ownEntries.get(Who.PARTNER)));
        arguments.put("ContactDirectory.mayEdit(Contact)", who -> args(ownEntry(who)));
        arguments.put("ContactDirectory.needingConfirmation()", who -> args());
        arguments.put("ContactDirectory.countNeedingConfirmation()", who -> args());
        arguments.put("ContactDirectory.ownEntry()", who -> args());
        arguments.put("ContactDirectory.search(ContactQuery, int, int)", who -> args(ContactQuery.ALL, 0, 10));
        arguments.put("ContactDirectory.firstPage(ContactQuery, int)", who -> args(ContactQuery.ALL, 10));
        arguments.put("ContactDirectory.update(Contact)", who -> {
            var contact = ownEntry(who);
            contact.setFunction("Geprüft " + counter.incrementAndGet());
            return args(contact);
        });
        arguments.put("InterfaceMatrix.rows()", who -> args());
        arguments.put("Mailer.send(OutgoingMail)", who -> args(new OutgoingMail(
                new Recipient("Matrix Empfänger", "matrix-empfaenger@example.org"), null, unique("Matrix-Test"),
                "Eine Prüfnachricht.", List.of())));
        arguments.put("MeetingInvitations.preview(String)", who -> args(invitationMeeting()));
        arguments.put("MeetingInvitations.send(String, boolean)", who -> args(invitationMeeting(), false));

        arguments.put("MeetingManagement.between(Instant, Instant)",
                who -> args(Instant.now(), Instant.now().plus(30, ChronoUnit.DAYS)));
        arguments.put("MeetingManagement.cancel(String, EditScope)",
                who -> args(meetings.create(newMeeting(), null).getId(), EditScope.THIS));
        arguments.put("MeetingManagement.create(Meeting, Recurrence)", who -> args(newMeeting(), null));
        arguments.put("MeetingManagement.find(String)", who -> args(meetingId));
        arguments.put("MeetingManagement.findAll(Collection)", who -> args(java.util.List.of(meetingId)));
        arguments.put("MeetingManagement.list(boolean, MeetingType, int, int)", who -> args(false, null, 0, 10));
        arguments.put("MeetingManagement.markInvited(String)", who -> args(meetingId));
        arguments.put("MeetingManagement.mayPlan()", who -> args());
        arguments.put("MeetingManagement.publicEvent(String)", who -> args("m-arbeitgeberinformationstag"));
        arguments.put("MeetingManagement.publicUpcoming(int)", who -> args(5));
        arguments.put("MeetingManagement.reschedule(String, Instant, Instant)", who -> {
            var meeting = meeting();
            return args(meetingId, meeting.getStart(), meeting.getEnd().plus(counter.incrementAndGet(), ChronoUnit.MINUTES));
        });
        arguments.put("MeetingManagement.series(String)", who -> args(seriesId));
        arguments.put("MeetingManagement.seriesRule(String)", who -> args(seriesId));
        arguments.put("MeetingManagement.update(Meeting, EditScope)", who -> {
            var meeting = meeting();
            meeting.setDescription("Geprüft " + counter.incrementAndGet());
            return args(meeting, EditScope.THIS);
        });
        arguments.put("MeetingManagement.upcoming(int)", who -> args(10));
        arguments.put("OrganisationManagement.create(Organisation)", who -> args(new Organisation(
                unique("Matrix Neu"), "Matrix Neu", OrganisationKind.SONSTIGE, Membership.PARTNER)));
        arguments.put("OrganisationManagement.find(String)", who -> args(organisationId));
        arguments.put("OrganisationManagement.findByAlias(String, String)",
                who -> args("caritas-musterstadt", "ag-musterstadt"));
        arguments.put("OrganisationManagement.mayEdit(Organisation)", who -> args(organisation()));
        arguments.put("OrganisationManagement.nameOf(String, String)", who -> args(organisationId, "ag-musterstadt"));
        arguments.put("OrganisationManagement.search(String, Set)", who -> args("Musterstadt", Set.of()));
        arguments.put("OrganisationManagement.summaries()", who -> args());
        arguments.put("OrganisationManagement.update(Organisation)", who -> {
            var organisation = organisation();
            organisation.setDescription("Geprüft " + counter.incrementAndGet());
            return args(organisation);
        });
        arguments.put("Outbox.find(String)", who -> args("matrix-unbekannt"));
        arguments.put("Outbox.mailServerConfigured()", who -> args());
        arguments.put("Outbox.newest(int)", who -> args(10));
        return arguments;
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
