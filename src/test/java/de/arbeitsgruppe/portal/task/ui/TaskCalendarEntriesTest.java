package de.arbeitsgruppe.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.meeting.ui.CalendarView;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntry;
import de.arbeitsgruppe.portal.shared.ui.calendar.FullCalendar;
import de.arbeitsgruppe.portal.task.PeopleWithTasks;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** Due dates in the calendar: the user's own open tasks as whole days, overdue ones saying so. */
@WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
class TaskCalendarEntriesTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskCalendarEntries source;
    @Autowired
    TaskManagement tasks;

    PeopleWithTasks people;

    @BeforeEach
    void people() {
        people = new PeopleWithTasks(context);
    }

    @Test
    void showsTheDueDatesOfTheUsersOwnAndTheirOrganisationsOpenTasksAsWholeDaysLeadingToEachTask() {
        var member = people.person(Role.MEMBER);
        var today = Formats.today();
        var own = people.give("Bericht schreiben", member.contactId(), null, today.plusDays(10));
        var overdue = people.overdue(people.give("Zahlen liefern", member.contactId(), null, today.plusDays(5)), 3);
        var ofOrganisation = people.give("Liste prüfen", null, member.organisationId(), today.plusDays(12));
        var done = people.give("Schon erledigt", member.contactId(), null, today.plusDays(4));
        PeopleWithTasks.asCoordinator(() -> tasks.changeStatus(done.getId(), done.getVersion(), TaskStatus.DONE, null));
        var someoneElses = people.give("Fremde Aufgabe", null, "org-agentur-musterstadt", today.plusDays(4));

        var entries = member.signedIn(() -> source.entries(start(today.minusDays(7)), start(today.plusDays(30)),
                Locale.GERMAN));

        assertThat(entries).extracting(CalendarEntry::title).containsExactly("Überfällig: " + overdue.getTitle(),
                "Fällig: " + own.getTitle(), "Fällig: " + ofOrganisation.getTitle());
        assertThat(entries.get(1)).satisfies(entry -> {
            assertThat(entry.allDay()).isTrue();
            assertThat(entry.start()).isEqualTo(start(today.plusDays(10)));
            assertThat(entry.end()).isEqualTo(start(today.plusDays(11)));
            assertThat(entry.link()).isEqualTo("aufgaben/" + own.getId());
            assertThat(entry.id()).isEqualTo("task-" + own.getId());
            assertThat(entry.description()).isEqualTo("Aufgabe für " + member.name() + "; Stand: Offen");
            assertThat(entry.editable()).isFalse();
        });
        assertThat(entries.getFirst().description()).isEqualTo("Aufgabe für " + member.name()
                + "; Stand: Offen; überfällig seit " + Formats.date(today.minusDays(3)));
        assertThat(entries.get(2).description()).startsWith("Aufgabe für " + member.organisationName());
        assertThat(entries).extracting(CalendarEntry::title)
                .noneMatch(title -> title.contains(done.getTitle()) || title.contains(someoneElses.getTitle()));
    }

    @Test
    void leavesOutWhatIsDueOutsideTheRangeShown() {
        var member = people.person(Role.MEMBER);
        var today = Formats.today();
        var inside = people.give("Im Monat", member.contactId(), null, today.plusDays(3));
        var after = people.give("Danach", member.contactId(), null, today.plusDays(40));

        var entries = member.signedIn(() -> source.entries(start(today), start(today.plusDays(4)), Locale.GERMAN));

        assertThat(entries).extracting(CalendarEntry::link).containsExactly("aufgaben/" + inside.getId())
                .doesNotContain("aufgaben/" + after.getId());
    }

    @Test
    void coloursDueDatesApartFromMeetingsWithReadableTextAndExplainsTheColourInTheLegend() {
        var member = people.person(Role.MEMBER);
        var due = Formats.today().plusDays(20);
        var task = people.give("Antrag stellen", member.contactId(), null, due);

        var calendar = member.signedIn(() -> {
            var view = navigate(CalendarView.class);
            var shown = find(FullCalendar.class, view).single();
            shown.gotoDate(due);
            return shown;
        });

        assertThat(calendar.getEntry("task-" + task.getId())).hasValueSatisfying(entry -> {
            assertThat(entry.title()).isEqualTo("Fällig: " + task.getTitle());
            assertThat(entry.backgroundColour()).isEqualTo(TaskCalendarEntries.BACKGROUND)
                    .isNotIn(Arrays.stream(MeetingType.values()).map(MeetingType::colour).toList());
            assertThat(contrast(entry.backgroundColour(), entry.textColour())).isGreaterThanOrEqualTo(4.5);
        });
        assertThat(textOf(getCurrentView())).contains("Fälligkeit einer Ihrer Aufgaben");
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }

    /** WCAG's contrast ratio of two colours "#rrggbb". */
    private static double contrast(String one, String other) {
        var lighter = Math.max(luminance(one), luminance(other));
        var darker = Math.min(luminance(one), luminance(other));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(String colour) {
        var channels = List.of(1, 3, 5).stream().map(i -> Integer.parseInt(colour.substring(i, i + 2), 16) / 255.0)
                .map(c -> c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)).toList();
        return 0.2126 * channels.get(0) + 0.7152 * channels.get(1) + 0.0722 * channels.get(2);
    }
}
