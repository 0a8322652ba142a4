package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntry;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntrySource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The meetings the user may see, as calendar entries: coloured by type with white text, cancelled
 * ones struck through and marked in the title, draggable only for those who plan meetings and only
 * while a meeting has neither taken place nor been cancelled.
 */
@Component
@Order(10)
class MeetingCalendarEntries implements CalendarEntrySource {

    static final String TEXT_COLOUR = "#ffffff";

    private final MeetingManagement meetings;
    private final I18NProvider translations;

    MeetingCalendarEntries(MeetingManagement meetings, I18NProvider translations) {
        this.meetings = meetings;
        this.translations = translations;
    }

    @Override
    public List<CalendarEntry> entries(Instant from, Instant to, Locale locale) {
        boolean mayPlan = meetings.mayPlan();
        return meetings.between(from, to).stream().map(meeting -> entry(meeting, mayPlan, locale)).toList();
    }

    private CalendarEntry entry(Meeting meeting, boolean mayPlan, Locale locale) {
        var title = meeting.isCancelled()
                ? translations.getTranslation("calendar.meeting.cancelled", locale, meeting.getTitle())
                : meeting.getTitle();
        return new CalendarEntry(meeting.getId(), title, meeting.getStart(), meeting.getEnd(), false,
                meeting.getType().colour(), TEXT_COLOUR, mayPlan && movable(meeting), description(meeting, locale),
                CalendarView.MEETING_PATH + meeting.getId(), meeting.isCancelled());
    }

    private String description(Meeting meeting, Locale locale) {
        var parts = new ArrayList<String>();
        parts.add(translations.getTranslation(meeting.getType().translationKey(), locale));
        parts.add(translations.getTranslation(meeting.getState().translationKey(), locale));
        if (meeting.getPlace() != null) {
            parts.add(meeting.getPlace());
        }
        return String.join(", ", parts);
    }

    static boolean movable(Meeting meeting) {
        return meeting.getState() != MeetingState.HELD && meeting.getState() != MeetingState.CANCELLED;
    }
}
