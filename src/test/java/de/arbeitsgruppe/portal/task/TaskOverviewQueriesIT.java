package de.arbeitsgruppe.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.DueDates;
import de.arbeitsgruppe.portal.shared.DueDates.DueDate;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reads behind the start page, the calendar and the personal feed: overdue tasks counted per
 * organisation, and a person's due dates — also for someone known without a session.
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskOverviewQueriesIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskManagement tasks;
    @Autowired
    DueDates dueDates;
    @Autowired
    CurrentUser currentUser;

    PeopleWithTasks people;

    @BeforeEach
    void people() {
        people = new PeopleWithTasks(context);
    }

    @Test
    void countsTheOpenOverdueTasksOfEachOrganisationWhetherGivenToItOrToOneOfItsPeople() {
        var member = people.person(Role.MEMBER);
        var other = people.person(Role.PARTNER);
        var today = Formats.today();
        people.overdue(people.give("Zahlen liefern", null, member.organisationId(), today.plusDays(3)), 2);
        people.overdue(people.give("Konzept", member.contactId(), null, today.plusDays(3)), 30);
        people.give("Noch Zeit", member.contactId(), null, today.plusDays(3));
        var done = people.give("Erledigt", member.contactId(), null, today.plusDays(3));
        PeopleWithTasks.asCoordinator(() -> tasks.changeStatus(done.getId(), done.getVersion(), TaskStatus.DONE, null));
        people.overdue(done, 5);
        people.overdue(people.give("Einladung", null, other.organisationId(), today.plusDays(3)), 1);
        var dueToday = people.give("Heute fällig", null, other.organisationId(), today.plusDays(3));
        people.overdue(dueToday, 0);

        var counts = PeopleWithTasks.asCoordinator(tasks::overdueByOrganisation);

        assertThat(counts).contains(new OverdueCount(member.organisationId(), member.organisationName(), 2),
                new OverdueCount(other.organisationId(), other.organisationName(), 1));
        assertThat(counts).extracting(OverdueCount::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void findsTheDueDatesOfAPersonsOwnAndTheirOrganisationsOpenTasksWithoutASession() {
        var member = people.person(Role.MEMBER);
        var colleague = people.person(Role.MEMBER);
        var today = Formats.today();
        var own = people.give("Eigene", member.contactId(), null, today.plusDays(2));
        var ofOrganisation = people.give("Der Organisation", null, member.organisationId(), today.plusDays(1));
        var late = people.overdue(people.give("Verspätet", member.contactId(), null, today.plusDays(2)), 4);
        var farOff = people.give("Später", member.contactId(), null, today.plusDays(60));
        var colleagues = people.give("Fremde", colleague.contactId(), null, today.plusDays(2));
        var user = currentUser.describe(member.username()).orElseThrow();

        var found = SignedIn.withNobody(() -> dueDates.of(user, today.minusDays(10), today.plusDays(30)));

        assertThat(found).containsExactly(new DueDate(late.getId(), late.getTitle(), late.getDue()),
                new DueDate(ofOrganisation.getId(), ofOrganisation.getTitle(), today.plusDays(1)),
                new DueDate(own.getId(), own.getTitle(), today.plusDays(2)));
        assertThat(found).extracting(DueDate::id).doesNotContain(farOff.getId(), colleagues.getId());
        assertThat(found.getLast().path()).isEqualTo("aufgaben/" + own.getId());
    }

    @Test
    void showsAPartnerTheDueDatesOfTheirOrganisationButNeverAnotherOrganisationsEvenIfVisibleToPartners() {
        var partner = people.person(Role.PARTNER);
        var today = Formats.today();
        var theirs = people.give("Flyer verteilen", null, partner.organisationId(), today.plusDays(3));
        var shared = new Task("Für alle Partner sichtbar", today.plusDays(3));
        shared.setOwner(null, "org-agentur-musterstadt");
        shared.setVisibility(Visibility.PARTNERS);
        var visibleButNotTheirs = PeopleWithTasks.asCoordinator(() -> tasks.create(shared));
        var user = currentUser.describe(partner.username()).orElseThrow();

        var found = dueDates.of(user, today, today.plusDays(10));
        var inTheCalendar = partner.signedIn(() -> tasks.mineDueBetween(today, today.plusDays(10)));

        assertThat(found).extracting(DueDate::id).containsExactly(theirs.getId());
        assertThat(inTheCalendar).extracting(Task::getId).containsExactly(theirs.getId())
                .doesNotContain(visibleButNotTheirs.getId());
    }

    @Test
    void readsNoMoreThanSixteenMonthsAtOnce() {
        var member = people.person(Role.MEMBER);
        var today = Formats.today();
        var near = people.give("Bald", member.contactId(), null, today.plusDays(1));
        var inTwoYears = people.give("In zwei Jahren", member.contactId(), null, today.plusYears(2));

        var found = member.signedIn(() -> tasks.mineDueBetween(today, today.plusYears(5)));
        var backwards = member.signedIn(() -> tasks.mineDueBetween(today.plusDays(5), today));

        assertThat(found).extracting(Task::getId).contains(near.getId()).doesNotContain(inTwoYears.getId());
        assertThat(backwards).isEmpty();
    }
}
