package de.arbeitsgruppe.portal.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a series repeats: every n weeks, or monthly on the n-th (or last) weekday of the month;
 * it ends on a date or after a number of dates. Times are wall-clock times in Europe/Berlin, so a
 * 14:00 session stays at 14:00 across the change to and from summer time.
 *
 * @param interval weeks between two dates (weekly), or months (monthly)
 * @param weekOfMonth 1 to 4 for the first to fourth weekday of the month, -1 for the last (monthly only)
 * @param until last possible date (inclusive), or null when {@code count} ends the series
 * @param count number of dates, or null when {@code until} ends the series
 */
public record Recurrence(
        @NotNull(message = "{validation.required}") Frequency frequency,
        @Min(value = 1, message = "{meeting.validation.interval}") @Max(value = 52, message = "{meeting.validation.interval}") int interval,
        Integer weekOfMonth,
        LocalDate until,
        @Min(value = 1, message = "{meeting.validation.count}") @Max(value = MAX_OCCURRENCES, message = "{meeting.validation.count}") Integer count) {

    /** Ten years of monthly sessions or five of weekly ones: more is a mistake, not a plan. */
    public static final int MAX_OCCURRENCES = 260;

    public enum Frequency {
        WEEKLY, MONTHLY_BY_WEEKDAY;

        public String translationKey() {
            return "meeting.recurrence." + name().toLowerCase();
        }
    }

    public static Recurrence weekly(int interval, LocalDate until, Integer count) {
        return new Recurrence(Frequency.WEEKLY, interval, null, until, count);
    }

    public static Recurrence monthly(int weekOfMonth, LocalDate until, Integer count) {
        return new Recurrence(Frequency.MONTHLY_BY_WEEKDAY, 1, weekOfMonth, until, count);
    }

    /** The n-th weekday of its month that a date is: 1 to 4, or -1 when it is the last one (days 29–31). */
    public static int weekOfMonthOf(LocalDate date) {
        int week = (date.getDayOfMonth() - 1) / 7 + 1;
        return week > 4 ? -1 : week;
    }

    @AssertTrue(message = "{meeting.validation.seriesEnd}")
    public boolean isEndedOnce() {
        return (until == null) != (count == null);
    }

    @AssertTrue(message = "{meeting.validation.weekOfMonth}")
    public boolean isWeekOfMonthValid() {
        return frequency != Frequency.MONTHLY_BY_WEEKDAY
                || weekOfMonth != null && (weekOfMonth == -1 || weekOfMonth >= 1 && weekOfMonth <= 4);
    }

    /**
     * The start of every date of the series, beginning with {@code first}; never more than
     * {@link #MAX_OCCURRENCES}.
     */
    public List<LocalDateTime> occurrences(LocalDateTime first) {
        var starts = new ArrayList<LocalDateTime>();
        int limit = count == null ? MAX_OCCURRENCES : Math.min(count, MAX_OCCURRENCES);
        for (int step = 0; starts.size() < limit; step++) {
            var date = nth(first.toLocalDate(), step);
            if (until != null && date.isAfter(until)) {
                break;
            }
            if (!date.isBefore(first.toLocalDate())) {
                starts.add(date.atTime(first.toLocalTime()));
            }
        }
        return starts;
    }

    private LocalDate nth(LocalDate first, int step) {
        if (frequency == Frequency.WEEKLY) {
            return first.plusWeeks((long) step * interval);
        }
        var month = first.withDayOfMonth(1).plusMonths((long) step * interval);
        DayOfWeek weekday = first.getDayOfWeek();
        return weekOfMonth == -1 ? month.with(TemporalAdjusters.lastInMonth(weekday))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
    }

    /**
     * The rule as iCalendar writes it (RFC 5545 RRULE value). {@code until} is given as the end of
     * that day in UTC, as RFC 5545 asks when the start has a time zone.
     */
    public String rrule(LocalDateTime first, java.time.ZoneId zone) {
        var rule = new StringBuilder(frequency == Frequency.WEEKLY ? "FREQ=WEEKLY" : "FREQ=MONTHLY");
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (frequency == Frequency.MONTHLY_BY_WEEKDAY) {
            rule.append(";BYDAY=").append(weekOfMonth).append(first.getDayOfWeek().name().substring(0, 2));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        } else {
            var endOfDay = until.plusDays(1).atStartOfDay(zone).minusSeconds(1).withZoneSameInstant(java.time.ZoneOffset.UTC);
            rule.append(";UNTIL=").append(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).format(endOfDay));
        }
        return rule.toString();
    }
}
