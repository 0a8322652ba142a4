package de.arbeitsgruppe.portal.shared.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The views the calendar offers: a month grid, a week with hours, and a list of the month's entries. */
public enum CalendarViewType {
    MONTH, WEEK, LIST;

    /**
     * The days this view shows around {@code date}, as the browser will lay them out (weeks start on
     * Monday, the month grid always has six weeks): the range to load before the browser reports it.
     *
     * @return first day and the day after the last
     */
    LocalDate[] daysAround(LocalDate date) {
        return switch (this) {
            case MONTH -> {
                var first = mondayOf(date.withDayOfMonth(1));
                yield new LocalDate[] {first, first.plusWeeks(6)};
            }
            case WEEK -> new LocalDate[] {mondayOf(date), mondayOf(date).plusWeeks(1)};
            case LIST -> new LocalDate[] {date.withDayOfMonth(1), date.withDayOfMonth(1).plusMonths(1)};
        };
    }

    /** The first day of the period this view shows around {@code date}: FullCalendar's "current start". */
    LocalDate periodStart(LocalDate date) {
        return this == WEEK ? mondayOf(date) : date.withDayOfMonth(1);
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
