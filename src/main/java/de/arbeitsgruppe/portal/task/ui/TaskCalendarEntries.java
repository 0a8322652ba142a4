package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.arbeitsgruppe.portal.shared.DueDates;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntry;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntrySource;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The due dates of the user's own open tasks (and their organisation's as a whole) as whole days in
 * the calendar: dark amber with white text, apart from the meetings' colours; an overdue one says so
 * in its title, not by colour alone. Each leads to its task.
 */
@Component
@Order(20)
class TaskCalendarEntries implements CalendarEntrySource {

    /** Contrast to the white text 6.8:1. */
    static final String BACKGROUND = "#8a4b00";
    static final String TEXT_COLOUR = "#ffffff";
    static final String ID_PREFIX = "task-";

    private final TaskManagement tasks;
    private final I18NProvider translations;
    private final Clock clock;

    TaskCalendarEntries(TaskManagement tasks, I18NProvider translations, Clock clock) {
        this.tasks = tasks;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public List<CalendarEntry> entries(Instant from, Instant to, Locale locale) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        var first = from.atZone(Formats.ZONE).toLocalDate();
        var last = to.minusNanos(1).atZone(Formats.ZONE).toLocalDate();
        var today = LocalDate.now(clock);
        return tasks.mineDueBetween(first, last).stream().map(task -> entry(task, today, locale)).toList();
    }

    @Override
    public List<Legend> legend() {
        return List.of(new Legend(BACKGROUND, "task.calendar.legend"));
    }

    private CalendarEntry entry(Task task, LocalDate today, Locale locale) {
        boolean overdue = task.isOverdue(today);
        var title = text(overdue ? "task.calendar.overdue" : "task.calendar.due", locale, task.getTitle());
        var status = text(task.getStatus().translationKey(), locale);
        var description = overdue
                ? text("task.calendar.description.overdue", locale, task.getOwnerName(), status, task.dueText())
                : text("task.calendar.description", locale, task.getOwnerName(), status);
        return CalendarEntry.allDay(ID_PREFIX + task.getId(), title, task.getDue(), task.getDue())
                .withColours(BACKGROUND, TEXT_COLOUR).withDescription(description)
                .withLink(DueDates.path(task.getId()));
    }

    private String text(String key, Locale locale, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
