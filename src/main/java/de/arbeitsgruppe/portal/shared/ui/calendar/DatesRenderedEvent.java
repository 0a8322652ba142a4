package de.arbeitsgruppe.portal.shared.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The browser shows another range: first render, paging, "today" or another view. The calendar
 * reloads its entry sources for the new range before other listeners hear of it.
 */
@DomEvent("portal-calendar-dates")
public class DatesRenderedEvent extends ComponentEvent<FullCalendar> {

    private final CalendarViewType view;
    private final Instant start;
    private final Instant end;
    private final LocalDate periodStart;

    /**
     * @param start first visible moment, as wall-clock time of the calendar's zone
     * @param end end of the visible range (exclusive), as wall-clock time
     * @param periodStart first day of the month or week shown (the month view shows days around it)
     * @param view name of a {@link CalendarViewType}
     */
    public DatesRenderedEvent(FullCalendar source, boolean fromClient, @EventData("event.detail.start") String start,
            @EventData("event.detail.end") String end, @EventData("event.detail.currentStart") String periodStart,
            @EventData("event.detail.view") String view) {
        super(source, fromClient);
        var zone = source.getTimeZone();
        this.view = WallClock.view(view);
        var period = WallClock.date(periodStart);
        this.periodStart = period == null ? this.view.periodStart(source.getDate()) : period;
        var days = this.view.daysAround(this.periodStart);
        var first = days[0].atStartOfDay(zone).toInstant();
        var last = days[1].atStartOfDay(zone).toInstant();
        // the browser's range may be crafted: never wider than the days the view shows (six weeks at most)
        var from = latest(WallClock.instant(start, false, zone, first), first);
        var to = earliest(WallClock.instant(end, false, zone, last), last);
        this.start = to.isAfter(from) ? from : first;
        this.end = to.isAfter(from) ? to : last;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    public CalendarViewType getView() {
        return view;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    /** The first day of the month (month and list view) or week shown. */
    public LocalDate getPeriodStart() {
        return periodStart;
    }
}
