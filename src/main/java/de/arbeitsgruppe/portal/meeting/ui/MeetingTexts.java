package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** How meetings read on the pages: "24.11.2026, 10:00 – 12:00", "jeden Monat am 2. Dienstag, 10 Termine". */
final class MeetingTexts {

    private MeetingTexts() {
    }

    /** Start and end; the end without its date when the meeting ends on the day it starts. */
    static String when(Meeting meeting) {
        if (meeting.getStart() == null || meeting.getEnd() == null) {
            return Formats.dateTime(meeting.getStart());
        }
        return Formats.dateTime(meeting.getStart()) + " – " + Formats.end(meeting.getStart(), meeting.getEnd());
    }

    /** Where: the place, "online", or both. */
    static String where(Component owner, Meeting meeting) {
        if (meeting.getOnlineLink() == null) {
            return meeting.getPlace() == null ? "" : meeting.getPlace();
        }
        var online = owner.getTranslation("meeting.list.online");
        return meeting.getPlace() == null ? online : meeting.getPlace() + " / " + online;
    }

    /** "am 2. Dienstag des Monats", "am letzten Dienstag des Monats". */
    static String monthlyOn(Component owner, int weekOfMonth, DayOfWeek weekday) {
        return owner.getTranslation("meeting.form.monthlyOn", nth(owner, weekOfMonth), dayName(weekday));
    }

    /** The weeks of the month a date can repeat on: its own, and "last" too when it is the last one. */
    static List<Integer> weeksOfMonth(LocalDate date) {
        int week = Recurrence.weekOfMonthOf(date);
        boolean last = date.plusWeeks(1).getMonth() != date.getMonth();
        return week != -1 && last ? List.of(week, -1) : List.of(week);
    }

    /** The rule in words: "jeden Monat am 2. Dienstag, 10 Termine", "alle 2 Wochen am Montag, bis 30.06.2027". */
    static String rule(Component owner, Recurrence rule, DayOfWeek weekday) {
        String rhythm;
        if (rule.frequency() == Recurrence.Frequency.WEEKLY) {
            rhythm = rule.interval() == 1 ? owner.getTranslation("meeting.form.rule.weekly", dayName(weekday))
                    : owner.getTranslation("meeting.form.rule.everyWeeks", rule.interval(), dayName(weekday));
        } else {
            rhythm = owner.getTranslation("meeting.form.rule.monthly", nth(owner, rule.weekOfMonth()),
                    dayName(weekday));
        }
        var end = rule.count() != null ? owner.getTranslation("meeting.form.rule.count", rule.count())
                : owner.getTranslation("meeting.form.rule.until", Formats.date(rule.until()));
        return rhythm + ", " + end;
    }

    /** The user's language (German or English), for names of days and months. */
    static Locale locale() {
        return PortalTranslations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
    }

    private static String nth(Component owner, Integer weekOfMonth) {
        return owner.getTranslation(weekOfMonth == null || weekOfMonth == -1 ? "meeting.form.rule.week.last"
                : "meeting.form.rule.week." + weekOfMonth);
    }

    private static String dayName(DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, locale());
    }
}
