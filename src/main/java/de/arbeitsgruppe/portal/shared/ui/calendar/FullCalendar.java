package de.arbeitsgruppe.portal.shared.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * FullCalendar 6 as a Flow component: month, week and list view, weeks from Monday, 24-hour times
 * in the portal's zone, German or English texts. Entries come from {@link #setEntries} or, loaded
 * lazily for the visible range, from {@link CalendarEntrySource}s. Listeners hear of clicks, drags
 * and range changes; a drag is shown at once and must be stored or {@linkplain EntryDropEvent#revert()
 * reverted}.
 */
@Tag("portal-calendar")
@NpmPackage(value = "@fullcalendar/core", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/daygrid", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/timegrid", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/list", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/interaction", version = FullCalendar.FULLCALENDAR_VERSION)
@JsModule("./calendar/portal-calendar.js")
@CssImport("./calendar/portal-calendar.css")
public class FullCalendar extends Component implements HasSize {

    /** Newer timegrid and list packages are not in the reachable npm registry (ENVIRONMENT.md). */
    public static final String FULLCALENDAR_VERSION = "6.1.21";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, CalendarEntry> entries = new LinkedHashMap<>();
    private final Map<String, CalendarEntrySource> sourceOf = new HashMap<>();
    private List<CalendarEntrySource> sources = List.of();
    private ZoneId zone = Formats.ZONE;
    private Locale locale;
    private boolean editable;
    private CalendarViewType view = CalendarViewType.MONTH;
    private LocalDate date;
    private Instant visibleStart;
    private Instant visibleEnd;

    public FullCalendar() {
        addListener(DatesRenderedEvent.class, this::rendered);
        locale = PortalTranslations.supported(getLocale());
        gotoDate(Formats.today());
        sendOptions();
        sendEntries();
    }

    /** Shows exactly these entries (until the sources, if any, load the next range). */
    public void setEntries(Collection<CalendarEntry> shown) {
        entries.clear();
        sourceOf.clear();
        shown.forEach(entry -> entries.put(entry.id(), entry));
        sendEntries();
    }

    public List<CalendarEntry> getEntries() {
        return List.copyOf(entries.values());
    }

    public Optional<CalendarEntry> getEntry(String id) {
        return Optional.ofNullable(id == null ? null : entries.get(id));
    }

    /** Where a shown entry was loaded from; empty for entries given by {@link #setEntries}. */
    public Optional<CalendarEntrySource> getEntrySource(String id) {
        return Optional.ofNullable(id == null ? null : sourceOf.get(id));
    }

    /**
     * Loads entries from these sources, now and whenever the visible range changes. An id that two
     * sources return is shown once, from the later source.
     */
    public void setEntrySources(List<? extends CalendarEntrySource> entrySources) {
        sources = List.copyOf(entrySources);
        reload();
    }

    /** Asks every source again for the visible range, e.g. after an entry was changed. */
    public void reload() {
        if (sources.isEmpty()) {
            return;
        }
        entries.clear();
        sourceOf.clear();
        for (CalendarEntrySource source : sources) {
            for (CalendarEntry entry : source.entries(visibleStart, visibleEnd, locale)) {
                entries.put(entry.id(), entry);
                sourceOf.put(entry.id(), source);
            }
        }
        sendEntries();
    }

    public void setView(CalendarViewType view) {
        this.view = Objects.requireNonNull(view);
        getElement().setProperty("view", view.name());
        gotoDate(date);
    }

    public CalendarViewType getView() {
        return view;
    }

    /** Shows the month or week containing {@code day}. */
    public void gotoDate(LocalDate day) {
        date = Objects.requireNonNull(day);
        getElement().setProperty("date", date.toString());
        var days = view.daysAround(date);
        showing(days[0].atStartOfDay(zone).toInstant(), days[1].atStartOfDay(zone).toInstant());
    }

    public void today() {
        gotoDate(LocalDate.now(zone));
    }

    /** A day of the month or week shown: the one asked for, or the first after the user paged. */
    public LocalDate getDate() {
        return date;
    }

    public Instant getVisibleStart() {
        return visibleStart;
    }

    public Instant getVisibleEnd() {
        return visibleEnd;
    }

    /** Whether the user may drag entries (those marked editable) to another time. Off by default. */
    public void setEditable(boolean editable) {
        this.editable = editable;
        sendOptions();
    }

    public boolean isEditable() {
        return editable;
    }

    /** Texts in German or English; other languages fall back to German like the rest of the portal. */
    public void setLocale(Locale locale) {
        this.locale = PortalTranslations.supported(locale);
        sendOptions();
    }

    @Override
    public Locale getLocale() {
        return locale == null ? super.getLocale() : locale;
    }

    /** The zone whose wall-clock times the calendar shows, whatever the browser's zone. */
    public void setTimeZone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
        sendOptions();
        sendEntries();
    }

    public ZoneId getTimeZone() {
        return zone;
    }

    public Registration addEntryClickListener(ComponentEventListener<EntryClickEvent> listener) {
        return addListener(EntryClickEvent.class, listener);
    }

    public Registration addEntryDropListener(ComponentEventListener<EntryDropEvent> listener) {
        return addListener(EntryDropEvent.class, listener);
    }

    public Registration addDatesRenderedListener(ComponentEventListener<DatesRenderedEvent> listener) {
        return addListener(DatesRenderedEvent.class, listener);
    }

    void revertDrop(String id) {
        getElement().callJsFunction("revertDrop", id);
    }

    private void rendered(DatesRenderedEvent event) {
        view = event.getView();
        date = event.getPeriodStart();
        // keep the element's properties as the browser has them, so that a later call is a change
        getElement().setProperty("view", view.name());
        getElement().setProperty("date", date.toString());
        showing(event.getStart(), event.getEnd());
    }

    private void showing(Instant start, Instant end) {
        if (start.equals(visibleStart) && end.equals(visibleEnd)) {
            return;
        }
        visibleStart = start;
        visibleEnd = end;
        reload();
    }

    private void sendOptions() {
        var buttons = new LinkedHashMap<String, String>();
        for (String button : List.of("today", "month", "week", "list")) {
            buttons.put(button, getTranslation(locale, "calendar.button." + button));
        }
        var options = new LinkedHashMap<String, Object>();
        options.put("locale", locale.getLanguage());
        options.put("timeZone", zone.getId());
        options.put("editable", editable);
        options.put("buttonText", buttons);
        options.put("viewHint", getTranslation(locale, "calendar.viewHint"));
        options.put("noEventsText", getTranslation(locale, "calendar.noEntries"));
        options.put("allDayText", getTranslation(locale, "calendar.allDay"));
        getElement().setPropertyMap("options", options);
    }

    /**
     * The entries go to the browser as one JSON text, which the element parses. Flow keeps every
     * property's value for as long as the page is open; as a list of maps it kept a tree of Jackson
     * nodes, some 1 kB per entry (a busy month of 193 entries: 215 kB, the largest part of an open
     * calendar), where the text takes a quarter of that.
     */
    private void sendEntries() {
        var shown = new ArrayList<Map<String, Object>>();
        for (CalendarEntry entry : entries.values()) {
            shown.add(forBrowser(entry));
        }
        getElement().setProperty("entries", JSON.writeValueAsString(shown));
    }

    /** FullCalendar's event object; keys without a value are left out, as FullCalendar reads null as "null". */
    private Map<String, Object> forBrowser(CalendarEntry entry) {
        var event = new LinkedHashMap<String, Object>();
        event.put("id", entry.id());
        event.put("title", entry.title());
        event.put("start", WallClock.format(entry.start(), entry.allDay(), zone));
        event.put("end", WallClock.format(entry.end(), entry.allDay(), zone));
        event.put("allDay", entry.allDay());
        event.put("backgroundColor", entry.backgroundColour());
        event.put("borderColor", entry.backgroundColour());
        event.put("textColor", entry.textColour());
        event.put("editable", entry.editable());
        if (entry.link() != null) {
            event.put("url", entry.link());
        }
        if (entry.crossedOut()) {
            event.put("classNames", List.of("portal-calendar-crossed-out"));
        }
        if (entry.description() != null) {
            event.put("extendedProps", Map.of("description", entry.description()));
        }
        return event;
    }
}
